"""importlib.machinery for pyvm: the spec and importer classes of the VM's import system, the
path finder, and the file suffixes it recognises (only Python source)."""

import _imp
import sys

ModuleSpec = _imp.ModuleSpec
BuiltinImporter = _imp.BuiltinImporter
FrozenImporter = _imp.FrozenImporter
SourceFileLoader = _imp.SourceFileLoader
NamespaceLoader = _imp.NamespaceLoader

SOURCE_SUFFIXES = [".py"]
# pyvm neither reads nor writes bytecode files, and has no extension modules.
BYTECODE_SUFFIXES = []
DEBUG_BYTECODE_SUFFIXES = []
OPTIMIZED_BYTECODE_SUFFIXES = []
EXTENSION_SUFFIXES = []


def all_suffixes():
    """The suffixes of the files the import system loads."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class PathFinder:
    """Finds modules on sys.path (or a package's __path__)."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return _imp.find_spec(fullname, path)

    @classmethod
    def invalidate_caches(cls):
        pass
