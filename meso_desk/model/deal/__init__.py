"""deal"""
