print('importing helper', __name__)
def greet(n): return 'hi ' + n
