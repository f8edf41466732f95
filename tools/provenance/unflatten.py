"""Rebuild the OpenAPI YAML document from the flattened seed (all newlines and
indentation collapsed). Grammar-driven recursive descent over whitespace tokens;
the seed's canonical structure (spec/seed/structure.json) is the oracle for
the names of free-form maps (properties, schemas, responses), so prose that
contains 'word:' never becomes a key."""
import json, re, sys, yaml

SEED = sys.argv[1]; STRUCT = sys.argv[2]
text = open(SEED).read()
oracle = json.load(open(STRUCT))

# ---------- tokenizer ----------
def tokenize(s):
    toks = []; i = 0; n = len(s)
    while i < n:
        if s[i].isspace(): i += 1; continue
        if s[i] == '"':
            j = i + 1
            while s[j] != '"':
                j += 2 if s[j] == '\\' else 1
            raw = s[i:j+1]; j += 1
            iskey = j < n and s[j] == ':' and (j+1 == n or s[j+1].isspace())
            if iskey: j += 1
            val = yaml.safe_load(raw.replace('\\ \\ ', '\\ '))
            toks.append(('key' if iskey else 'str', val)); i = j; continue
        if s[i] == "'":
            j = i + 1
            while True:
                if s[j] == "'" and j+1 < n and s[j+1] == "'": j += 2; continue
                if s[j] == "'": break
                j += 1
            raw = s[i:j+1]; j += 1
            iskey = j < n and s[j] == ':' and (j+1 == n or s[j+1].isspace())
            if iskey: j += 1
            toks.append(('key' if iskey else 'str', yaml.safe_load(raw))); i = j; continue
        j = i
        while j < n and not s[j].isspace(): j += 1
        w = s[i:j]
        if w.endswith(':') and len(w) > 1: toks.append(('key', w[:-1]))
        else: toks.append(('word', w))
        i = j
    return toks

T = tokenize(text)
pos = 0

def peek(k=0):
    return T[pos+k] if pos+k < len(T) else (None, None)

def is_key(k=0, names=None):
    t, v = peek(k)
    return t == 'key' and (names is None or v in names)

# ---------- frames (for prose termination) ----------
stack = []  # each: callable(i) -> bool, "position i starts something of mine"

def boundary(i):
    return any(f(i) for f in stack)

def prose():
    """Scalar value: one quoted token, or words until a boundary."""
    global pos
    t, v = peek()
    if t == 'str':
        pos += 1; return v
    words = []
    if t == 'word' and v in ('|', '|-', '|2', '>', '>-', '|+'):
        pos += 1
    while pos < len(T) and not boundary(pos):
        t, v = T[pos]
        words.append(v + ':' if t == 'key' else v); pos += 1
    s = ' '.join(str(w) for w in words)
    return s

def scalar():
    global pos
    t, v = peek(); pos += 1
    if t == 'str': return v
    if v == '{}': return {}
    if v == '[]': return []
    return yaml.safe_load(v)

def item_scalar(_=None):
    t, v = peek()
    if t == 'str': return prose()
    p = prose()
    return yaml.safe_load(p) if ' ' not in p else p

def tok_at(i):
    return T[i] if i < len(T) else (None, None)

# ---------- generic object parser ----------
def obj(fields, orc=None):
    """fields: name -> parser(orc_child) ; returns dict"""
    global pos
    out = {}
    def mine(i):
        t, v = tok_at(i)
        if fields.get(v) is P and tok_at(i+1)[0] == 'key': return False
        return t == 'key' and v in fields and v not in out
    stack.append(mine)
    try:
        while mine(pos):
            k = T[pos][1]; pos += 1
            out[k] = fields[k](orc)
    finally:
        stack.pop()
    return out

def mapping(val_parser, keypred, orc_child=lambda orc, k: None, orc=None):
    global pos
    out = {}
    def mine(i):
        t, v = tok_at(i)
        return t == 'key' and keypred(v, orc) and v not in out
    stack.append(mine)
    try:
        if peek()[1] == '{}' and peek()[0] == 'word':
            pos += 1; return {}
        while mine(pos):
            k = T[pos][1]; pos += 1
            out[k] = val_parser(orc_child(orc, k))
    finally:
        stack.pop()
    return out

def listof(item_parser, first_keys=None, orc=None, orc_item=lambda orc, idx: None):
    """'- item' sequence. first_keys: keys that may start an item object (None = scalar items)."""
    global pos
    out = []
    if peek() == ('word', '[]'):
        pos += 1; return []
    def mine(i):
        t, v = tok_at(i)
        if not (t == 'word' and v == '-'): return False
        if first_keys is None: return tok_at(i+1)[0] != 'key'
        t2, v2 = tok_at(i+1)
        return (t2 == 'key' and v2 in first_keys) or (t2 == 'word' and v2 == '{}')
    stack.append(mine)
    try:
        while mine(pos):
            pos += 1
            out.append(item_parser(orc_item(orc, len(out))))
    finally:
        stack.pop()
    return out

# ---------- OpenAPI kinds ----------
S = lambda orc: scalar()
P = lambda orc: prose()

SCHEMA_SCALARS = ["type", "format", "$ref", "nullable", "minItems", "maxItems", "minLength", "maxLength",
                  "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "pattern", "default",
                  "deprecated", "uniqueItems", "readOnly", "writeOnly"]

def schema(orc):
    free = orc is None
    orc = orc or {}
    f = {k: S for k in SCHEMA_SCALARS}
    f.update({
        'description': P, 'title': P, 'example': P,
        'enum': lambda o: listof(item_scalar),
        'required': lambda o: listof(item_scalar),
        'properties': lambda o: mapping(schema, lambda k, oo: k in (oo or {}).get('properties', {}),
                                        lambda oo, k: oo['properties'][k], orc),
        'items': lambda o: schema(orc.get('items')),
        'additionalProperties': lambda o: (scalar() if peek()[1] in ('true', 'false') and peek()[0] == 'word'
                                           else schema(orc.get('additionalProperties'))),
        'allOf': lambda o: listof(schema, ['$ref', 'type'], orc.get('allOf'), lambda oo, i: (oo or [{}]*99)[i]),
        'oneOf': lambda o: listof(schema, ['$ref', 'type'], orc.get('oneOf'), lambda oo, i: (oo or [{}]*99)[i]),
        'anyOf': lambda o: listof(schema, ['$ref', 'type'], orc.get('anyOf'), lambda oo, i: (oo or [{}]*99)[i]),
        'discriminator': lambda o: obj({'propertyName': S}),
        'externalDocs': lambda o: obj({'description': P, 'url': S}),
    })
    # only accept schema keywords the oracle says exist (prose may contain 'type:')
    allowed = {k: v for k, v in f.items()
               if free or k in ('description', 'title', 'example', 'discriminator', 'externalDocs') or k in orc}
    return obj(allowed)

def content(orc_content):
    def mt(o):
        global pos
        if peek() == ('word', '{}'):
            pos += 1; return {}
        return obj({'schema': lambda _: schema(o), 'example': P})
    return mapping(mt,
                   lambda k, oo: '/' in k and not k.startswith('/'), lambda oo, k: (oo or {}).get(k), orc_content)

def header(orc):
    return obj({'description': P, 'style': S, 'schema': lambda o: schema(None), 'required': S})

def response(orc):
    orc = orc or {}
    return obj({'description': P,
                'headers': lambda o: mapping(header, lambda k, oo: k in (orc.get('headers') or [])),
                'content': lambda o: content(orc.get('content'))})

def parameter(orc_params):
    # orc_params: dict "in:name" -> {schema}
    holder = {}
    def name_p(o):
        holder['name'] = scalar(); return holder['name']
    def in_p(o):
        holder['in'] = scalar(); return holder['in']
    def sch(o):
        key = f"{holder.get('in')}:{holder.get('name')}"
        return schema((orc_params.get(key) or {}).get('schema'))
    return obj({'name': name_p, 'in': in_p, 'description': P, 'required': S, 'deprecated': S,
                'allowEmptyValue': S, 'schema': sch, 'example': P, 'style': S, 'explode': S})

def secreq(orc):
    global pos
    if peek() == ('word', '{}'):
        pos += 1; return {}
    return mapping(lambda o: scalar(), lambda k, oo: k in oracle['securitySchemes'])

def operation_for(path, method):
    def p(orc):
        o = oracle['operations'].get(f"{method.upper()} {path}", {})
        return obj({
            'tags': lambda _: listof(item_scalar),
            'summary': P, 'description': P, 'operationId': S, 'deprecated': S,
            'externalDocs': lambda _: obj({'description': P, 'url': S}),
            'parameters': lambda _: listof(lambda _: parameter(o.get('parameters', {})), ['name', 'in']),
            'requestBody': lambda _: obj({'description': P, 'required': S,
                                           'content': lambda __: content((o.get('requestBody') or {}).get('content'))}),
            'responses': lambda _: mapping(response, lambda k, oo: str(k) in o.get('responses', {}),
                                           lambda oo, k: o['responses'][str(k)]),
            'security': lambda _: listof(secreq, list(oracle['securitySchemes']) + ['{}']),
        })
    return p

def pathitem(path):
    return obj({m: operation_for(path, m) for m in ('get', 'put', 'post', 'delete', 'head', 'patch', 'options')})

def paths(orc):
    global pos
    out = {}
    def mine(i):
        t, v = tok_at(i)
        return t == 'key' and isinstance(v, str) and v.startswith('/') and v not in out
    stack.append(mine)
    while mine(pos):
        k = T[pos][1]; pos += 1
        out[k] = pathitem(k)
    stack.pop()
    return out

def components(orc):
    return obj({
        'schemas': lambda _: mapping(schema, lambda k, oo: k in oracle['schemas'], lambda oo, k: oracle['schemas'][k]),
        'securitySchemes': lambda _: mapping(lambda o: obj({'type': S, 'description': P, 'scheme': S}),
                                             lambda k, oo: k in oracle['securitySchemes']),
    })

doc = obj({
    'openapi': S,
    'info': lambda _: obj({'title': P, 'description': P, 'version': S,
                           'license': lambda __: obj({'name': P, 'url': S})}),
    'servers': lambda _: listof(lambda __: obj({'url': S, 'description': P}), ['url']),
    'paths': paths,
    'components': components,
})
if pos != len(T):
    print('UNPARSED at token', pos, T[pos:pos+30], file=sys.stderr); sys.exit(1)
json.dump(doc, open(sys.argv[3], 'w'), indent=1)
print('ok', len(doc['paths']), 'paths')
