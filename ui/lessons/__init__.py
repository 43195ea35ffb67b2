"""Lessons: the Lessons menu and panel, the lesson texts, and the instrument panels a lesson opens."""
