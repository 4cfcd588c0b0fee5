match [1, 1]:
    case [a, (1 | a)]:
        pass
