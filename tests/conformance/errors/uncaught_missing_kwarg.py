def connect(host, *, port):
    return host + ":" + str(port)
print(connect("localhost", port=80))
print(connect("localhost"))
