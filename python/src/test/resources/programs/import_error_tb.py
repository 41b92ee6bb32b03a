import helper_fail
helper_fail.explode([1, 2, 3])
