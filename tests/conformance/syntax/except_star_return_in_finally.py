def f():
    for i in range(3):
        try:
            pass
        except* ValueError:
            try:
                pass
            finally:
                return 2
