match {}:
    case {"k": a, "k": b}:
        pass
