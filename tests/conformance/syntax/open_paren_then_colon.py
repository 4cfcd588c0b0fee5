print("never printed")


def handler(event:
    return event
