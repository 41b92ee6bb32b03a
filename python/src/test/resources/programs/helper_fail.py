def explode(items):
    total = 0
    for i in items:
        total += 10 // (i - 2)
    return total
