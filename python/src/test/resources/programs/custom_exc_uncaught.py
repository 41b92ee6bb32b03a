class AppError(Exception):
    pass
def load(n):
    if n > 2:
        raise AppError(f"bad n={n}")
    return load(n + 1)
try:
    load(0)
except AppError as e:
    raise RuntimeError("wrapper") from e
