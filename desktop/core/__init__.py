"""Pure-Python domain logic. Nothing in this package may import Qt."""
