# Warnings print the source line of their location, read through linecache (files through
# open(); nothing for "<string>" or a file that cannot be read, whatever its module's loader).
import io
import os
import sys
import warnings

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "support"))
import warner


def show(w):
    text = warnings.formatwarning(w.message, w.category, os.path.basename(w.filename),
                                  w.lineno)
    print(text, end="")
    print(repr(w.line), os.path.basename(w.filename))
    # formatwarning reads the line by the full name.
    print(repr(warnings.formatwarning(w.message, w.category, w.filename, w.lineno)
               .split("\n")[1]))


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("plain")
    def inner():
        warnings.warn("deep", stacklevel=2)
    inner()
    warner.deprecated_call()
    warner.blame_caller()
    exec("import warnings\nwarnings.warn('from exec')")
    warnings.warn_explicit("explicit", UserWarning, "no_such_file.py", 3)
    warnings.warn_explicit("explicit lines", UserWarning, "/nonexistent/fake.py", 2,
                           module_globals={"__name__": "fake", "__loader__": type(
                               "L", (), {"get_source": staticmethod(
                                   lambda name: "line one\n    line two of %s\n" % name)})})
    if True:
            warnings.warn("indented source")
for w in log:
    show(w)

# showwarning writes the same text to a file.
buf = io.StringIO()
warnings.showwarning("to a file", RuntimeWarning, __file__, 25, file=buf)
print(buf.getvalue().split(": ", 1)[1], end="")
buf = io.StringIO()
warnings.showwarning("given line", RuntimeWarning, __file__, 25, file=buf, line="  explicit  ")
print(buf.getvalue().split(": ", 1)[1], end="")
buf = io.StringIO()
warnings.showwarning("empty line", RuntimeWarning, __file__, 25, file=buf, line="")
print(buf.getvalue().split(": ", 1)[1], end="")
