import platform
print(platform.system(), platform.machine() in ('x86_64', 'aarch64'))
u = platform.uname()
print(len(u), u.system == platform.system(), isinstance(u.node, str), isinstance(u.release, str), u.machine == platform.machine())
print(platform.python_version() == '.'.join(platform.python_version_tuple()), len(platform.python_version_tuple()))
print(platform.python_version().startswith('3.11'), platform.architecture()[0], isinstance(platform.platform(), str))
print(platform.platform().startswith(platform.system()), isinstance(platform.python_implementation(), str))
print(isinstance(platform.node(), str), isinstance(platform.release(), str), isinstance(platform.version(), str))
