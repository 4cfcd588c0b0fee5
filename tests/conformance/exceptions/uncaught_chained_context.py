def cleanup():
    raise RuntimeError("cleanup failed")


def work():
    try:
        print("working")
        raise ValueError("work failed")
    except ValueError:
        print("handling, then cleanup")
        cleanup()


work()
