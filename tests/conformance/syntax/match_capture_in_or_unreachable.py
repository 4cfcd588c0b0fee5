match 1:
    case (y as z) | 1:
        pass
    case _:
        pass
