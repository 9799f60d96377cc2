# source: seed 003 (variable_scope docstring), the threading example as published: the `with` body is only a comment, so CPython stops at parsing (PEP 617 parser message)
# expect-error: IndentationError: expected an indented block after 'with' statement on line 7
main_thread_scope = variable_scope.get_variable_scope()

# Thread's target function:
def thread_target_fn(captured_scope):
  with variable_scope.variable_scope(captured_scope):
    # .... regular code for this thread


thread = threading.Thread(target=thread_target_fn, args=(main_thread_scope,))
