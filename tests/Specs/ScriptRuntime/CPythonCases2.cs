// Expected outputs produced by CPython 3.11.7; tracebacks without 3.11's caret lines, which ScopeFn does not print.
namespace ScopeFn.Specs.ScriptRuntime;

internal static class CPythonCases2
{
    public static readonly IReadOnlyDictionary<string, (string Source, string Stdout)> Programs = new Dictionary<string, (string, string)>
    {
        ["float_format"] = ("""
for v in [0.1, 1/3, 2**0.5, 1e22, 123456.789, -0.0, 1e-7, 5e-324, 2.5, 1e16, 9007199254740993, 10**17 / 7]:
    print(repr(v), f'{v:.3f}', f'{v:e}', f'{v:g}', f'{v:.10g}', f'{v:10.4f}|', f'{v:,}', f'{v:#g}', f'{v:.2%}', round(v, 3))
print(float(10**17 + 1), 2**63 * 1.0, (2**53 + 1) / 1, 10**30 / 3, 1.5 + 2**60)
print(hash(-1), hash(1.5), hash(2**70), hash(-2.25), hash(1.0) == hash(1), hash(True))

""", """
0.1 0.100 1.000000e-01 0.1 0.1     0.1000| 0.1 0.100000 10.00% 0.1
0.3333333333333333 0.333 3.333333e-01 0.333333 0.3333333333     0.3333| 0.3333333333333333 0.333333 33.33% 0.333
1.4142135623730951 1.414 1.414214e+00 1.41421 1.414213562     1.4142| 1.4142135623730951 1.41421 141.42% 1.414
1e+22 10000000000000000000000.000 1.000000e+22 1e+22 1e+22 10000000000000000000000.0000| 1e+22 1.00000e+22 999999999999999983222784.00% 1e+22
123456.789 123456.789 1.234568e+05 123457 123456.789 123456.7890| 123,456.789 123457. 12345678.90% 123456.789
-0.0 -0.000 -0.000000e+00 -0 -0    -0.0000| -0.0 -0.00000 -0.00% -0.0
1e-07 0.000 1.000000e-07 1e-07 1e-07     0.0000| 1e-07 1.00000e-07 0.00% 0.0
5e-324 0.000 4.940656e-324 4.94066e-324 4.940656458e-324     0.0000| 5e-324 4.94066e-324 0.00% 0.0
2.5 2.500 2.500000e+00 2.5 2.5     2.5000| 2.5 2.50000 250.00% 2.5
1e+16 10000000000000000.000 1.000000e+16 1e+16 1e+16 10000000000000000.0000| 1e+16 1.00000e+16 1000000000000000000.00% 1e+16
9007199254740993 9007199254740992.000 9.007199e+15 9.0072e+15 9.007199255e+15 9007199254740992.0000| 9,007,199,254,740,993 9.00720e+15 900719925474099200.00% 9007199254740993
1.4285714285714286e+16 14285714285714286.000 1.428571e+16 1.42857e+16 1.428571429e+16 14285714285714286.0000| 1.4285714285714286e+16 1.42857e+16 1428571428571428608.00% 1.4285714285714286e+16
1e+17 9.223372036854776e+18 9007199254740992.0 3.333333333333333e+29 1.152921504606847e+18
-2 1152921504606846977 512 -576460752303423490 True 1

"""),
        ["closures_more"] = ("""
def make_counter(start=0, step=1):
    n = start
    def tick():
        nonlocal n
        n += step
        return n
    def reset():
        nonlocal n
        n = start
    return tick, reset
tick, reset = make_counter(10, 5)
print(tick(), tick(), reset(), tick())
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(lambda v: v + 1, lambda v: v * 2)(5))
def memo(f):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapped
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
def apply(f, *args, **kwargs):
    return f(*args, **kwargs)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True), apply(dict, a=1))
adders = {name: (lambda k: lambda v: v + k)(k) for k, name in enumerate('abc')}
print({n: f(10) for n, f in adders.items()})
def kw(a, *, b=2, **rest):
    return a, b, rest
print(kw(1, c=3), kw(a=0, b=1))
def stateful():
    stateful.calls += 1
    return stateful.calls
stateful.calls = 0
stateful(); print(stateful())

""", """
15 20 None 15
11
23416728348467685
9 [3, 1] {'a': 1}
{'a': 10, 'b': 11, 'c': 12}
(1, 2, {'c': 3}) (0, 1, {})
2

"""),
        ["with_try_flow"] = ("""
def f(x):
    for i in range(3):
        try:
            if i == x:
                return 'returned %d' % i
            if i == 1:
                continue
        finally:
            print('finally', i)
    return 'end'
print(f(0))
print(f(1))
print(f(9))
def g():
    try:
        return 'try'
    finally:
        return 'finally wins'
print(g())
def h():
    for i in range(5):
        try:
            1 / 0
        except ZeroDivisionError:
            if i == 2:
                break
            continue
    return i
print(h())
log = []
try:
    try:
        raise ValueError('v')
    except ValueError as e:
        log.append('handled ' + str(e))
        raise KeyError('k')
except KeyError as e:
    log.append(repr(e))
    log.append(repr(e.__context__))
print(log)
try:
    raise TypeError('a') from ValueError('b')
except TypeError as e:
    print(e.__cause__, e.__context__)
e = 'kept'
try:
    1 / 0
except ZeroDivisionError as e:
    pass
try:
    print(e)
except NameError as err:
    print('name deleted:', err)

""", """
finally 0
returned 0
finally 0
finally 1
returned 1
finally 0
finally 1
finally 2
end
finally wins
2
['handled v', "KeyError('k')", "ValueError('v')"]
b None
name deleted: name 'e' is not defined

"""),
        ["strings_more"] = ("""
print('a,b,,c'.split(','), '  lead and trail  '.split(), 'x'.split('x'), 'abc'.partition('b'), 'a.b.c'.rsplit('.', 1))
print('Hello'.center(11, '*'), 'hi'.ljust(5, '.') + '|', 'hi'.rjust(5), '-42'.zfill(6), 'abc'.capitalize())
print('%5.1f|%-6d|%x|%o|%e|%%|%c' % (3.14159, 42, 255, 8, 12345.6789, 'z'))
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 5})
print('{0:{1}}|{2!r:>6}|{x[0]}|{y.real}'.format('ab', 5, 'q', x=[7], y=3))
print(f'{"left":<8}|{"right":>8}|{12.5:^10.2f}|{-3:05d}|{1e6:.1e}|{1234567:,d}')
print(repr('tab\there'), repr('quote\'s'), repr('both \' and "'), repr('\x00\x7f'), repr('é€'), len('é€'))
print('ab' in 'cabd', 'abc'.find('z'), 'aaa'.count('a'), 'a-b-c'.replace('-', ''), ''.join(reversed('abc')))
print(str.upper('x'), list(map(str.strip, [' a ', 'b '])), sorted(['b', 'A', 'a'], key=str.lower))
print(' '.join(w.capitalize() for w in 'the quick fox'.split()), 'Line1\nLine2'.splitlines())

""", """
['a', 'b', '', 'c'] ['lead', 'and', 'trail'] ['', ''] ('a', 'b', 'c') ['a.b', 'c']
***Hello*** hi...|    hi -00042 Abc
  3.1|42    |ff|10|1.234568e+04|%|z
Ann is 5
ab   |   'q'|7|3
left    |   right|  12.50   |-0003|1.0e+06|1,234,567
'tab\there' "quote's" 'both \' and "' '\x00\x7f' 'é€' 2
True -1 3 abc cba
X ['a', 'b'] ['A', 'a', 'b']
The Quick Fox ['Line1', 'Line2']

"""),
        ["containers_more"] = ("""
m = [[0] * 3 for _ in range(2)]
m[0][1] = 5
print(m, [row[:] for row in m] == m, [x for row in m for x in row])
d = {}
for w in 'the cat the hat the end'.split():
    d[w] = d.get(w, 0) + 1
print(d, sorted(d.items(), key=lambda kv: (-kv[1], kv[0])), max(d, key=d.get))
print(list(zip(*[(1, 'a'), (2, 'b')])), dict(zip('ab', range(2))), list(enumerate('ab', 10)))
t = ([1], 2)
t[0].append(3)
print(t, t.count(2), (1, 2) < (1, 2, 0), [3] * 0, [[]] * 2)
print(sorted([(2, 'b'), (1, 'z'), (2, 'a')]), sorted('hello', reverse=True), min([[3], [1, 2]]))
s = [5, 3, 8]
s.sort(key=lambda v: -v); print(s)
print(list(range(10))[::3], list(range(10))[-3:], list(range(10))[8:2:-2], 'hello'[::-2])
print(any(x > 2 for x in [1, 2, 3]), all(isinstance(x, int) for x in [1, True]), sum(i * i for i in range(4)))
print({1, 2} == {2, 1}, {1: 2} == {1: 2.0}, [1, 2] != [1, 2], (1,) == [1])
nested = {'a': [1, {'b': (2, 3)}]}
print(nested['a'][1]['b'][-1], nested)
x = [1, 2, 3]
del x[-1]
x[0:1] = [9, 9]
print(x, x.pop(1), x)
print(list(d.keys())[0], 'cat' in d.keys(), len(d.values()), list(reversed(d)))

""", """
[[0, 5, 0], [0, 0, 0]] True [0, 5, 0, 0, 0, 0]
{'the': 3, 'cat': 1, 'hat': 1, 'end': 1} [('the', 3), ('cat', 1), ('end', 1), ('hat', 1)] the
[(1, 2), ('a', 'b')] {'a': 0, 'b': 1} [(10, 'a'), (11, 'b')]
([1, 3], 2) 1 True [] [[], []]
[(1, 'z'), (2, 'a'), (2, 'b')] ['o', 'l', 'l', 'h', 'e'] [1, 2]
[8, 5, 3]
[0, 3, 6, 9] [7, 8, 9] [8, 6, 4] olh
True True 14
True True False False
3 {'a': [1, {'b': (2, 3)}]}
[9, 2] 9 [9, 2]
the True 4 ['end', 'hat', 'cat', 'the']

"""),
        ["unbound_method_receiver"] = ("""
def f():
    pass
for call in [lambda: list.append(f, 1), lambda: list.append(), lambda: str.upper(3), lambda: dict.keys([])]:
    try:
        call()
    except TypeError as e:
        print(e)
xs = []
list.append(xs, 2)
print(xs, str.upper('q'))

""", """
descriptor 'append' for 'list' objects doesn't apply to a 'function' object
unbound method list.append() needs an argument
descriptor 'upper' for 'str' objects doesn't apply to a 'int' object
descriptor 'keys' for 'dict' objects doesn't apply to a 'list' object
[2] Q

"""),
    };

    public static readonly IReadOnlyDictionary<string, (string Source, string Stderr)> Errors = new Dictionary<string, (string, string)>
    {
        ["chained_traceback"] = ("""
def parse(s):
    return int(s)

def load(s):
    try:
        return parse(s)
    except ValueError as e:
        raise RuntimeError('could not load ' + s) from e

load('x1')

""", """
Traceback (most recent call last):
  File "t.py", line 6, in load
    return parse(s)
  File "t.py", line 2, in parse
    return int(s)
ValueError: invalid literal for int() with base 10: 'x1'

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "t.py", line 10, in <module>
    load('x1')
  File "t.py", line 8, in load
    raise RuntimeError('could not load ' + s) from e
RuntimeError: could not load x1

"""),
        ["context_traceback"] = ("""
def f():
    try:
        {}['a']
    except KeyError:
        [][1]

f()

""", """
Traceback (most recent call last):
  File "t.py", line 3, in f
    {}['a']
KeyError: 'a'

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "t.py", line 7, in <module>
    f()
  File "t.py", line 5, in f
    [][1]
IndexError: list index out of range

"""),
        ["error_in_finally_ctx"] = ("""
try:
    1/0
finally:
    undefined

""", """
Traceback (most recent call last):
  File "t.py", line 2, in <module>
    1/0
ZeroDivisionError: division by zero

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "t.py", line 4, in <module>
    undefined
NameError: name 'undefined' is not defined

"""),
        ["closure_unbound"] = ("""
def outer():
    def inner():
        return y
    r = inner()
    y = 1
    return r
outer()

""", """
Traceback (most recent call last):
  File "t.py", line 7, in <module>
    outer()
  File "t.py", line 4, in outer
    r = inner()
  File "t.py", line 3, in inner
    return y
NameError: cannot access free variable 'y' where it is not associated with a value in enclosing scope

"""),
        ["nested_call_line"] = ("""
def f(a, b):
    return a + b

x = f(1,
      'b')

""", """
Traceback (most recent call last):
  File "t.py", line 4, in <module>
    x = f(1,
  File "t.py", line 2, in f
    return a + b
TypeError: unsupported operand type(s) for +: 'int' and 'str'

"""),
        ["kwarg_multiple"] = ("""
def f(**k):
    pass
f(a=1, **{'a': 2})

""", """
Traceback (most recent call last):
  File "t.py", line 3, in <module>
    f(a=1, **{'a': 2})
TypeError: __main__.f() got multiple values for keyword argument 'a'

"""),
        ["posonly_kw"] = ("""
def f(a, /):
    pass
f(a=1)

""", """
Traceback (most recent call last):
  File "t.py", line 3, in <module>
    f(a=1)
TypeError: f() got some positional-only arguments passed as keyword arguments: 'a'

"""),
        ["too_many_kwonly"] = ("""
def f(a, *, b):
    pass
f(1, 2, b=3)

""", """
Traceback (most recent call last):
  File "t.py", line 3, in <module>
    f(1, 2, b=3)
TypeError: f() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were given

"""),
        ["missing_three"] = ("""
def f(a, b, c, d=1):
    pass
f()

""", """
Traceback (most recent call last):
  File "t.py", line 3, in <module>
    f()
TypeError: f() missing 3 required positional arguments: 'a', 'b', and 'c'

"""),
        ["inner_qualname"] = ("""
def outer():
    def inner(x):
        pass
    inner()
outer()

""", """
Traceback (most recent call last):
  File "t.py", line 5, in <module>
    outer()
  File "t.py", line 4, in outer
    inner()
TypeError: outer.<locals>.inner() missing 1 required positional argument: 'x'

"""),
        ["lambda_args"] = ("""
f = lambda x, y: x
f(1)

""", """
Traceback (most recent call last):
  File "t.py", line 2, in <module>
    f(1)
TypeError: <lambda>() missing 1 required positional argument: 'y'

"""),
        ["builtin_args"] = ("""
len([1], [2])

""", """
Traceback (most recent call last):
  File "t.py", line 1, in <module>
    len([1], [2])
TypeError: len() takes exactly one argument (2 given)

"""),
        ["method_args"] = ("""
[].append()

""", """
Traceback (most recent call last):
  File "t.py", line 1, in <module>
    [].append()
TypeError: list.append() takes exactly one argument (0 given)

"""),
        ["dict_iter_change"] = ("""
d = {'a': 1}
for k in d:
    d['b'] = 2

""", """
Traceback (most recent call last):
  File "t.py", line 2, in <module>
    for k in d:
RuntimeError: dictionary changed size during iteration

"""),
        ["str_item_assign"] = ("""
s = 'abc'
s[0] = 'x'

""", """
Traceback (most recent call last):
  File "t.py", line 2, in <module>
    s[0] = 'x'
TypeError: 'str' object does not support item assignment

"""),
        ["tuple_item_assign"] = ("""
t = (1,)
t[0] = 2

""", """
Traceback (most recent call last):
  File "t.py", line 2, in <module>
    t[0] = 2
TypeError: 'tuple' object does not support item assignment

"""),
        ["none_subscript"] = ("""
x = None
x[0]

""", """
Traceback (most recent call last):
  File "t.py", line 2, in <module>
    x[0]
TypeError: 'NoneType' object is not subscriptable

"""),
        ["keyerror_tuple"] = ("""
d = {}
d[(1, 'a')]

""", """
Traceback (most recent call last):
  File "t.py", line 2, in <module>
    d[(1, 'a')]
KeyError: (1, 'a')

"""),
        ["int_str_limit"] = ("""
print(str(10 ** 5000))

""", """
Traceback (most recent call last):
  File "t.py", line 1, in <module>
    print(str(10 ** 5000))
ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit

"""),
        ["range_step_zero"] = ("""
range(1, 2, 0)

""", """
Traceback (most recent call last):
  File "t.py", line 1, in <module>
    range(1, 2, 0)
ValueError: range() arg 3 must not be zero

"""),
        ["raise_non_exception"] = ("""
raise 5

""", """
Traceback (most recent call last):
  File "t.py", line 1, in <module>
    raise 5
TypeError: exceptions must derive from BaseException

"""),
        ["except_non_class"] = ("""
try:
    1/0
except 5:
    pass

""", """
Traceback (most recent call last):
  File "t.py", line 2, in <module>
    1/0
ZeroDivisionError: division by zero

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "t.py", line 3, in <module>
    except 5:
TypeError: catching classes that do not inherit from BaseException is not allowed

"""),
        ["unpack_dict_noniter"] = ("""
a, b = None

""", """
Traceback (most recent call last):
  File "t.py", line 1, in <module>
    a, b = None
TypeError: cannot unpack non-iterable NoneType object

"""),
        ["deep_trace_repeat"] = ("""
def a(n):
    if n == 0:
        raise ValueError('bottom')
    return a(n - 1)
a(6)

""", """
Traceback (most recent call last):
  File "t.py", line 5, in <module>
    a(6)
  File "t.py", line 4, in a
    return a(n - 1)
  File "t.py", line 4, in a
    return a(n - 1)
  File "t.py", line 4, in a
    return a(n - 1)
  [Previous line repeated 3 more times]
  File "t.py", line 3, in a
    raise ValueError('bottom')
ValueError: bottom

"""),
        ["genexp_frame"] = ("""
total = sum(1 / x for x in [1, 0])

""", """
Traceback (most recent call last):
  File "t.py", line 1, in <module>
    total = sum(1 / x for x in [1, 0])
  File "t.py", line 1, in <genexpr>
    total = sum(1 / x for x in [1, 0])
ZeroDivisionError: division by zero

"""),
        ["dictcomp_frame"] = ("""
def f():
    return {k: 1 / k for k in range(2)}
f()

""", """
Traceback (most recent call last):
  File "t.py", line 3, in <module>
    f()
  File "t.py", line 2, in f
    return {k: 1 / k for k in range(2)}
  File "t.py", line 2, in <dictcomp>
    return {k: 1 / k for k in range(2)}
ZeroDivisionError: division by zero

"""),
    };
}
