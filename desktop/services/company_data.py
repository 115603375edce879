"""The company page's data (the read model lives in ``store/company_page.py``)."""

from __future__ import annotations

from desktop.store.company_page import CompanyFacts, CompanyPageData, load_company_page

__all__ = ["CompanyFacts", "CompanyPageData", "load_company_page"]
