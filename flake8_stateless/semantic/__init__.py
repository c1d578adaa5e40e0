"""The semantic core: each question about the code answered once, for every rule.

- :mod:`.effects`: the writes a function makes, each followed back to its root through
  every alias form (the rule families only say which roots they care about);
- :mod:`.classes`: what a class keeps in its body and on ``self``, and which of its methods
  keep state;
- :mod:`.functions`: what kind of function a def is (instance, class or static method, or a
  plain function) and its parameters, the bound one found by position.
"""
