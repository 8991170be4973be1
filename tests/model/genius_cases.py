"""The shared GENIUS cases the tests read (``../shared/cases/genius``; tests skip when it is
absent): each case's domain file and its profiles, in one place."""

from __future__ import annotations

#: case -> (domain, [profiles]), relative to ../shared/cases/genius.
SHARED = {
    "Camera": ("camera_domain.xml", ["camera_buyer_utility.xml", "camera_seller_utility.xml"]),
    "IntegerDomain": ("IntegerDomain.xml", ["IntegerDomain-prof1.xml", "IntegerDomain-prof2.xml"]),
    "ItexvsCypress": ("ItexvsCypress_domain.xml", ["ItexvsCypress_Cypress.xml", "ItexvsCypress_Itex.xml"]),
    "Laptop": ("laptop_domain.xml", ["laptop_buyer_utility.xml", "laptop_seller_utility.xml"]),
    "kite": ("kite_domain.xml", ["kite_A.xml", "kite_B.xml"]),
    "pie": ("pie_domain.xml", ["pie_A.xml", "pie_B.xml"]),
    "thompson": ("thompson_employment.xml",
                 ["thompson_employee_utilityspace.xml", "thompson_employer_utilityspace.xml"]),
}
#: (case, domain, profile) for every profile of every case.
SHARED_PAIRS = [(case, dom, prof) for case, (dom, profs) in SHARED.items() for prof in profs]
