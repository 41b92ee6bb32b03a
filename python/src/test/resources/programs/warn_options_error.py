import warnings
print("before")
warnings.warn("now an error")
print("not reached")
