def square(x):
    """Return x squared.

    >>> square(3)
    9
    >>> square(-2)
    5
    >>> [square(i) for i in range(4)]
    [0, 1, 4, 9]
    >>> square('a')
    Traceback (most recent call last):
    TypeError: can't multiply sequence by non-int of type 'str'
    """
    return x * x

def greet(name: str, punctuation: str = "!") -> str:
    """Say hello to name.

    >>> greet("bob")
    'hi bob!'
    """
    return "hi " + name + punctuation

if __name__ == "__main__":
    import doctest, pydoc
    print(doctest.testmod())
    print(doctest.testmod(verbose=False, report=False, optionflags=doctest.ELLIPSIS))
    help(square)
    help(greet)
    print(pydoc.render_doc(len, renderer=pydoc.plaintext))
    help("keywords")
