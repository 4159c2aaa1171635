"""The actor tables: known actors with their terms of office, state authorities."""
from __future__ import annotations


def test_central_banks_are_state_authorities_and_office_holders_keep_their_terms(analyze):
    """A central bank is its state's monetary authority (GOV), the ECB an international body; the US Secretary
    of State of 2024 is American whatever the article's home country."""
    article = analyze("FRANKFURT - The European Central Bank kept rates unchanged. The Bank of England and the "
                      "Swiss National Bank also left their rates on hold.", published="2023-12-14")
    codes = {e.name: (e.country or e.code, e.sector) for e in article.entities if "Bank" in e.name}
    assert codes["Bank of England"] == ("GBR", "GOV")
    assert codes["Swiss National Bank"] == ("CHE", "GOV")
    assert codes["European Central Bank"][0] == "IGO"
    article = analyze("MANILA - Secretary of State Antony Blinken spoke with Philippine officials.",
                      published="2024-06-18")
    assert {e.name: e.country for e in article.entities}["Antony Blinken"] == "USA"
