"""The Tuning panel: the search space table, the results table and plots."""
