# pyperf._args: the part of argparse's command-line parsing that pyperf's Runner and benchmark
# files use (pyvm has no argparse yet). Messages, usage and help follow argparse's layout so that
# a benchmark's command line behaves as it does under CPython: errors print the usage and
# "prog: error: ..." to stderr and exit with status 2.

import sys

SUPPRESS = '==SUPPRESS=='
_UNSET = object()
_TAKES_NO_VALUE = ('store_true', 'store_false', 'store_const', 'append_const', 'count',
                   'help', 'version')
_KNOWN_ACTIONS = _TAKES_NO_VALUE + ('store', 'append', 'extend')


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = None if argument is None else _action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    pass


class Namespace:
    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        items = self.__dict__.items()
        return 'Namespace(%s)' % ', '.join('%s=%r' % item for item in items)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class Action:
    def __init__(self, option_strings, dest, action='store', nargs=None, const=None,
                 default=None, type=None, choices=None, required=False, help=None,
                 metavar=None, version=None):
        self.option_strings = option_strings
        self.dest = dest
        self.action = action
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar
        self.version = version
        self.group = None

    def __repr__(self):
        return ('Action(option_strings=%r, dest=%r, nargs=%r, const=%r, default=%r, type=%r, '
                'choices=%r, required=%r, help=%r, metavar=%r)'
                % (self.option_strings, self.dest, self.nargs, self.const, self.default,
                   self.type, self.choices, self.required, self.help, self.metavar))


def _action_name(action):
    if action.option_strings:
        return '/'.join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    return action.dest


def _looks_negative(text):
    # argparse's '^-\d+$|^-\d*\.\d+$': such words are values, not options.
    body = text[1:]
    if body.isdigit():
        return True
    whole, dot, frac = body.partition('.')
    return bool(dot) and frac.isdigit() and (not whole or whole.isdigit())


class _Container:
    def add_argument(self, *names, **kwargs):
        return self._parser._add_action(names, kwargs, self)

    def add_argument_group(self, title=None, description=None, **kwargs):
        return self._parser._new_group(title, description)

    def add_mutually_exclusive_group(self, required=False):
        group = _MutuallyExclusiveGroup(self, required)
        self._parser._exclusive.append(group)
        return group

    def set_defaults(self, **kwargs):
        self._parser.set_defaults(**kwargs)

    def get_default(self, dest):
        return self._parser.get_default(dest)


class _ArgumentGroup(_Container):
    def __init__(self, parser, title, description):
        self._parser = parser
        self.title = title
        self.description = description
        self.actions = []


class _MutuallyExclusiveGroup(_Container):
    def __init__(self, container, required):
        self._parser = container._parser
        self._container = container
        self.required = required
        self.actions = []

    def add_argument(self, *names, **kwargs):
        if kwargs.get('required'):
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._parser._add_action(names, kwargs, self._container)
        action.group = self
        self.actions.append(action)
        return action


class ArgumentParser(_Container):
    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 add_help=True, allow_abbrev=True, exit_on_error=True, **kwargs):
        if prog is None:
            import os
            prog = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else 'pyvm'
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._parser = self
        self._actions = []
        self._by_option = {}
        self._defaults = {}
        self._exclusive = []
        self._positionals = _ArgumentGroup(self, 'positional arguments', None)
        self._optionals = _ArgumentGroup(self, 'options', None)
        self._groups = [self._positionals, self._optionals]
        if add_help:
            self.add_argument('-h', '--help', action='help', default=SUPPRESS,
                              help='show this help message and exit')

    def _new_group(self, title, description):
        group = _ArgumentGroup(self, title, description)
        self._groups.append(group)
        return group

    def _add_action(self, names, kw, container):
        kw = dict(kw)
        action_name = kw.pop('action', 'store')
        if action_name not in _KNOWN_ACTIONS:
            raise ValueError('unknown action "%s"' % (action_name,))
        if not names or (len(names) == 1 and not names[0]):
            raise ValueError('missing name for argument')
        if not names[0].startswith('-'):
            if len(names) > 1:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (names[1], '-'))
            if 'dest' in kw:
                raise ValueError('dest supplied twice for positional argument')
            option_strings = []
            dest = names[0]
            if 'required' in kw:
                raise TypeError("'required' is an invalid argument for positionals")
        else:
            option_strings = list(names)
            for name in names:
                if not name.startswith('-'):
                    raise ValueError('invalid option string %r: must start with a character %r'
                                     % (name, '-'))
            dest = kw.pop('dest', None)
            if dest is None:
                longs = [n for n in names if n.startswith('--')]
                dest = (longs or names)[0].lstrip('-').replace('-', '_')
        nargs = kw.pop('nargs', None)
        if action_name in _TAKES_NO_VALUE and nargs is not None:
            raise ValueError('nargs must be None for action %r' % action_name)
        if nargs == 0 and action_name in ('store', 'append'):
            raise ValueError('nargs for store actions must be != 0; if you have nothing to '
                             'store, actions such as store true or store const may be more '
                             'appropriate')
        if nargs is not None and nargs not in ('?', '*', '+') and not isinstance(nargs, int):
            raise ValueError('invalid nargs value')
        if 'default' in kw:
            default = kw.pop('default')
        elif action_name == 'store_true':
            default = False
        elif action_name == 'store_false':
            default = True
        elif action_name in ('help', 'version'):
            default = SUPPRESS
        else:
            default = self._defaults.get(dest)
        if action_name == 'store_true':
            kw['const'] = True
        elif action_name == 'store_false':
            kw['const'] = False
        type_ = kw.get('type')
        if type_ is not None and not callable(type_):
            raise ValueError('%r is not callable' % (type_,))
        required = kw.pop('required', False)
        if not option_strings:
            required = nargs not in ('?', '*')
        action = Action(option_strings, dest, action_name, nargs, default=default,
                        required=bool(required), **kw)
        for name in option_strings:
            if name in self._by_option:
                raise ArgumentError(action, 'conflicting option string: %s' % name)
        for name in option_strings:
            self._by_option[name] = action
        self._actions.append(action)
        if isinstance(container, ArgumentParser):
            group = self._optionals if option_strings else self._positionals
        else:
            group = container
        group.actions.append(action)
        return action

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest)

    # -- parsing --

    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and action.default is not SUPPRESS \
                    and not hasattr(namespace, action.dest):
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        try:
            extras = self._parse(args, namespace)
        except ArgumentError as exc:
            if not self.exit_on_error:
                raise
            self.error(str(exc))
        return namespace, extras

    def _match_option(self, word):
        # The action and any value attached to the option word ('--x=1', '-x1'), or None.
        if word in self._by_option:
            return self._by_option[word], None
        if word.startswith('--'):
            name, eq, value = word.partition('=')
            if eq and name in self._by_option:
                return self._by_option[name], value
            if self.allow_abbrev:
                matches = [o for o in self._by_option if o.startswith(name) and o[:2] == '--']
                if len(matches) > 1:
                    self.error('ambiguous option: %s could match %s'
                               % (name, ', '.join(matches)))
                if matches:
                    return self._by_option[matches[0]], (value if eq else None)
            return None
        short = word[:2]
        if short in self._by_option:
            action = self._by_option[short]
            rest = word[2:]
            if action.action in _TAKES_NO_VALUE:
                return action, ('-' + rest, 'flags')
            return action, (rest[1:] if rest.startswith('=') else rest)
        return None

    def _is_option(self, word):
        return (word.startswith('-') and word != '-' and word != '--'
                and not (_looks_negative(word) and not self._has_negative_options()))

    def _has_negative_options(self):
        return any(_looks_negative(o) for o in self._by_option)

    def _parse(self, args, ns):
        seen = set()
        seen_non_default = set()
        positionals = [a for a in self._actions if not a.option_strings]
        chunk = []
        extras = []
        i = 0
        while i < len(args):
            word = args[i]
            i += 1
            if word == '--':
                chunk.extend(args[i:])
                break
            if not self._is_option(word):
                chunk.append(word)
                continue
            if chunk:
                extras.extend(self._consume_positionals(positionals, chunk, ns, seen,
                                                        seen_non_default))
                chunk = []
            match = self._match_option(word)
            if match is None:
                extras.append(word)
                continue
            action, attached = match
            while isinstance(attached, tuple):
                # Flags joined in one word: '-vq'.
                self._take(action, action.option_strings[0], [], ns, seen, seen_non_default)
                rest = attached[0]
                if rest == '-':
                    attached = None
                    action = None
                    break
                found = self._match_option(rest)
                if found is None:
                    raise ArgumentError(action, 'ignored explicit argument %r' % rest[1:])
                action, attached = found
            if action is None:
                continue
            if attached is not None:
                if action.action in _TAKES_NO_VALUE:
                    raise ArgumentError(action, 'ignored explicit argument %r' % attached)
                values = [attached]
            else:
                values, i = self._option_values(action, args, i)
            self._take(action, word, values, ns, seen, seen_non_default)
        extras.extend(self._consume_positionals(positionals, chunk, ns, seen, seen_non_default))
        required = []
        for action in self._actions:
            if action in seen:
                continue
            if action.required:
                required.append(_action_name(action))
            elif isinstance(action.default, str) and action.type is not None \
                    and getattr(ns, action.dest, None) is action.default:
                # argparse converts string defaults as if given on the command line.
                setattr(ns, action.dest, self._convert(action, action.default))
        if required:
            self.error('the following arguments are required: %s' % ', '.join(required))
        for group in self._exclusive:
            if group.required and not any(a in seen_non_default for a in group.actions):
                names = [_action_name(a) for a in group.actions if a.help is not SUPPRESS]
                self.error('one of the arguments %s is required' % ' '.join(names))
        return extras

    def _option_values(self, action, args, i):
        if action.action in _TAKES_NO_VALUE:
            return [], i
        nargs = action.nargs
        avail = 0
        while i + avail < len(args) and not self._is_option(args[i + avail]) \
                and args[i + avail] != '--':
            avail += 1
        if nargs is None:
            need = 1
        elif isinstance(nargs, int):
            need = nargs
        elif nargs == '?':
            need = min(avail, 1)
        else:
            need = avail
        if avail < need or (nargs == '+' and avail == 0):
            if nargs is None or nargs == 1:
                raise ArgumentError(action, 'expected one argument')
            if nargs == '+':
                raise ArgumentError(action, 'expected at least one argument')
            raise ArgumentError(action, 'expected %s arguments' % nargs)
        return args[i:i + need], i + need

    def _consume_positionals(self, positionals, words, ns, seen, seen_non_default):
        # As argparse: the longest run of the remaining positionals that these consecutive
        # words can feed takes them, each as many as it can while leaving the later ones
        # their minimum; words left over are extras. Consumed actions leave the list.
        bounds = []
        for action in positionals:
            nargs = action.nargs
            if nargs is None:
                bounds.append((1, 1))
            elif isinstance(nargs, int):
                bounds.append((nargs, nargs))
            elif nargs == '?':
                bounds.append((0, 1))
            else:
                bounds.append((1 if nargs == '+' else 0, len(words)))
        take = len(positionals)
        while take and sum(low for low, _ in bounds[:take]) > len(words):
            take -= 1
        pos = 0
        for index in range(take):
            action = positionals[index]
            later = sum(low for low, _ in bounds[index + 1:take])
            count = min(bounds[index][1], len(words) - pos - later)
            chunk = words[pos:pos + count]
            pos += count
            if not chunk and action.nargs in ('?', '*'):
                if action.nargs == '*' and action.default is None:
                    setattr(ns, action.dest, [])
                seen.add(action)
                continue
            self._take(action, None, chunk, ns, seen, seen_non_default)
        del positionals[:take]
        return words[pos:]

    def _convert(self, action, text):
        convert = action.type
        if convert is None:
            return text
        try:
            return convert(text)
        except ArgumentTypeError as exc:
            raise ArgumentError(action, str(exc))
        except (TypeError, ValueError):
            name = getattr(convert, '__name__', repr(convert))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, text))

    def _check_choice(self, action, value):
        if action.choices is not None and value not in action.choices:
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (value, ', '.join(map(repr, action.choices))))

    def _take(self, action, option_string, words, ns, seen, seen_non_default):
        kind = action.action
        nargs = action.nargs
        if kind in _TAKES_NO_VALUE:
            value = None
        elif nargs is None or (nargs == '?' and words):
            value = self._convert(action, words[0])
            self._check_choice(action, value)
        elif nargs == '?':
            value = action.const
        else:
            value = [self._convert(action, w) for w in words]
            for item in value:
                self._check_choice(action, item)
        if action.group is not None:
            for other in action.group.actions:
                if other is not action and other in seen_non_default:
                    raise ArgumentError(action, 'not allowed with argument %s'
                                        % _action_name(other))
        seen.add(action)
        if value is not action.default:
            seen_non_default.add(action)
        if kind in ('store', 'store_const', 'store_true', 'store_false'):
            setattr(ns, action.dest, action.const if kind != 'store' else value)
        elif kind in ('append', 'append_const', 'extend'):
            items = getattr(ns, action.dest, None)
            items = [] if items is None else list(items)
            if kind == 'append':
                items.append(value)
            elif kind == 'append_const':
                items.append(action.const)
            else:
                items.extend(value)
            setattr(ns, action.dest, items)
        elif kind == 'count':
            count = getattr(ns, action.dest, None)
            setattr(ns, action.dest, (count or 0) + 1)
        elif kind == 'help':
            self.print_help()
            sys.exit(0)
        elif kind == 'version':
            print(action.version)
            sys.exit(0)

    # -- usage and help --

    def _metavar(self, action, default):
        if action.metavar is not None:
            return action.metavar
        if action.choices is not None:
            return '{%s}' % ','.join(map(str, action.choices))
        return default

    def _format_args(self, action, default):
        metavar = self._metavar(action, default)
        nargs = action.nargs

        def get(count):
            if isinstance(metavar, tuple):
                return metavar
            return (metavar,) * count
        if nargs is None:
            return '%s' % get(1)
        if nargs == '?':
            return '[%s]' % get(1)
        if nargs == '*':
            m = get(1)
            return '[%s [%s ...]]' % m if len(m) == 2 else '[%s ...]' % m
        if nargs == '+':
            return '%s [%s ...]' % get(2)
        return ' '.join(get(nargs))

    def _usage_part(self, action):
        if not action.option_strings:
            return self._format_args(action, action.dest)
        option = action.option_strings[0]
        if action.action in _TAKES_NO_VALUE:
            return option
        return '%s %s' % (option, self._format_args(action, action.dest.upper()))

    def _usage_parts(self, positional):
        parts = []
        done = set()
        for action in self._actions:
            if action in done or bool(action.option_strings) == positional \
                    or action.help is SUPPRESS:
                continue
            group = action.group
            if group is not None and len(group.actions) > 1:
                members = [a for a in group.actions if a.help is not SUPPRESS]
                done.update(group.actions)
                text = ' | '.join(self._usage_part(a) for a in members)
                parts.append(('(%s)' if group.required else '[%s]') % text)
                continue
            part = self._usage_part(action)
            if action.option_strings and not action.required:
                part = '[%s]' % part
            parts.append(part)
        return parts

    def format_usage(self):
        if self.usage is not None:
            return 'usage: %s\n' % self.usage.replace('%(prog)s', self.prog)
        width = _width()
        prefix = 'usage: '
        optionals = self._usage_parts(False)
        positionals = self._usage_parts(True)
        text = ' '.join([self.prog] + optionals + positionals)
        if len(prefix) + len(text) <= width:
            return prefix + text + '\n'

        def lines_of(parts, indent, first=None):
            lines = []
            line = []
            length = (len(first) if first is not None else len(indent)) - 1
            for part in parts:
                if line and length + 1 + len(part) > width:
                    lines.append(indent + ' '.join(line))
                    line = []
                    length = len(indent) - 1
                line.append(part)
                length += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if first is not None:
                lines[0] = lines[0][len(indent):]
            return lines
        if len(prefix) + len(self.prog) <= 0.75 * width:
            indent = ' ' * (len(prefix) + len(self.prog) + 1)
            if optionals:
                lines = lines_of([self.prog] + optionals, indent, prefix)
                lines.extend(lines_of(positionals, indent))
            elif positionals:
                lines = lines_of([self.prog] + positionals, indent, prefix)
            else:
                lines = [self.prog]
        else:
            indent = ' ' * len(prefix)
            lines = lines_of(optionals + positionals, indent)
            if len(lines) > 1:
                lines = lines_of(optionals, indent)
                lines.extend(lines_of(positionals, indent))
            lines = [self.prog] + lines
        return prefix + '\n'.join(lines) + '\n'

    def _invocation(self, action):
        if not action.option_strings:
            metavar = self._metavar(action, action.dest)
            return metavar[0] if isinstance(metavar, tuple) else metavar
        if action.action in _TAKES_NO_VALUE:
            return ', '.join(action.option_strings)
        args = self._format_args(action, action.dest.upper())
        return ', '.join('%s %s' % (o, args) for o in action.option_strings)

    def _expand_help(self, action):
        text = action.help
        if '%' not in text:
            return text
        params = dict(vars(action), prog=self.prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        if params.get('choices') is not None:
            params['choices'] = ', '.join(map(str, params['choices']))
        return text % params

    def format_help(self):
        width = _width()
        out = [self.format_usage()]
        if self.description:
            out.append('\n' + '\n'.join(_wrap(self.description, width)) + '\n')
        shown = [a for a in self._actions if a.help is not SUPPRESS]
        longest = max([len(self._invocation(a)) + 2 for a in shown] or [0])
        help_position = min(longest + 2, min(24, max(width - 20, 4)))
        help_width = max(width - help_position, 11)
        for group in self._groups:
            actions = [a for a in group.actions if a.help is not SUPPRESS]
            if not actions and group.description is None:
                continue
            lines = ['', '%s:' % group.title]
            if group.description:
                lines.extend('  ' + line for line in _wrap(group.description, width - 2))
                lines.append('')
            for action in actions:
                invocation = self._invocation(action)
                helps = _wrap(self._expand_help(action), help_width) if action.help else []
                if not helps:
                    lines.append('  ' + invocation)
                    continue
                if len(invocation) <= help_position - 4:
                    lines.append('  %s%s' % (invocation.ljust(help_position - 2), helps[0]))
                else:
                    lines.append('  ' + invocation)
                    lines.append(' ' * help_position + helps[0])
                lines.extend(' ' * help_position + line for line in helps[1:])
            out.append('\n'.join(lines) + '\n')
        if self.epilog:
            out.append('\n' + '\n'.join(_wrap(self.epilog, width)) + '\n')
        return ''.join(out)

    def print_usage(self, file=None):
        (sys.stdout if file is None else file).write(self.format_usage())

    def print_help(self, file=None):
        (sys.stdout if file is None else file).write(self.format_help())

    def exit(self, status=0, message=None):
        if message:
            sys.stderr.write(message)
        sys.exit(status)

    def error(self, message):
        self.print_usage(sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))


def _width():
    # As argparse: the terminal's columns (COLUMNS, else 80) less 2.
    import os
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 80
    return columns - 2


def _wrap(text, width):
    lines = []
    line = ''
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = line + ' ' + word if line else word
    if line:
        lines.append(line)
    return lines
