print("never printed")
x = (1,
     2
def f():
    pass
