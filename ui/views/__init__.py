"""Views of a snapshot: the decision boundary, the cost curves and the figures panel."""
