"""newsdesk: who did what to whom, when, where - and who says so."""
from newsdesk.records import Analysis, Article

__version__ = "0.1.0"
__all__ = ["analyze", "Analysis", "Article", "__version__"]


def analyze(text: str, published: str | None = None, **kwargs) -> Article:
    """Return the analysis of one article text (see :func:`newsdesk.pipeline.analyze_text`)."""
    from newsdesk.pipeline import analyze_text

    return analyze_text(text, published=published, **kwargs)
