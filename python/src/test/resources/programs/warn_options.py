import sys, warnings
print(sys.flags.bytes_warning, sys.flags.optimize, sys.warnoptions, sys.get_int_max_str_digits())
assert False, "not with -O"
try:
    print(b"x" == "x")
except BytesWarning as e:
    print("BytesWarning", e)
warnings.warn("shown once per location", UserWarning)
for i in range(3):
    warnings.warn("default action: once per location")
print(len(str(10 ** 4500)))
try:
    warnings.warn("deprecated", DeprecationWarning)
except DeprecationWarning as e:
    print("DeprecationWarning raised:", e)
warnings.warn("runtime", RuntimeWarning)
