"""counterpart"""
