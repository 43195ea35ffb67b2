"""Words and numbers: the translator, the glossary, and one module that formats numbers."""
