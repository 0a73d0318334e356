"""The site theme: mkdocs-material overrides (templates, partials, styles)."""
