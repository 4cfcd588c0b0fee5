import keyword
print(keyword.kwlist)
print(keyword.softkwlist)
print(keyword.iskeyword('if'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), keyword.iskeyword('x'))
print(len(keyword.kwlist), sorted(keyword.__all__))
