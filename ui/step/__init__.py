"""The step-by-step panel: one phase of a training step at a time, its numbers in the course's
column form, written out as HTML formulas."""
