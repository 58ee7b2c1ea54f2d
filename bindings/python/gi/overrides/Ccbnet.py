# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later
"""PyGObject override for the Ccbnet namespace: libccbnet, the Pythonic way.

PyGObject loads this module by itself on ``from gi.repository import Ccbnet``. Everything the
typelib offers stays as it is; this module only adds:

- a registry that behaves like a read-only mapping from entity ids to entities::

      registry = Ccbnet.Registry.get_default()
      ccb = registry["ccb"]            # KeyError if no entity has this id
      "ccb" in registry, len(registry), list(registry)

- queries written as keywords, one for each property of `Ccbnet.Query` (``kind``,
  ``include_subkinds``, ``subject``, ``object``, ``on_behalf_of``, ``via``, ``context``,
  ``condition``, ``cadence``, ``scope``, ``section``, ``entity_type``, ``include_parts``)::

      registry.query(kind="represents-in", subject="CCB", on_behalf_of="belgium",
                     include_subkinds=True, include_parts=True)
      registry.query_entities(entity_type="state")

  An entity keyword takes a `Ccbnet.Entity`, an id or any name `Ccbnet.Registry.find` knows
  (KeyError if none); an enumeration keyword takes the enumeration value or its nick
  (ValueError listing the nicks); ``section`` takes a `Ccbnet.Section` or its id (KeyError if
  none); None, for any of them, is the default: any. A
  `Ccbnet.Query` may still be passed positionally; keywords given with it override its
  filters in a copy, and the query passed is left unchanged.

- attributes for the properties of every class, read through the class's own getter (which is
  faster than ``props``) and, for a writable property, set through its setter::

      relation.subject.id, entity.name, query.kind = "member-of"

  ``obj.props.name`` keeps working. An attribute is not added where the class already has one
  of the same name (a method, or a field).

- ``registry.to_networkx(lang="en")``: the dataset as a networkx ``MultiDiGraph`` (needs
  networkx; Debian's python3-networkx), with the nodes, edges and attributes of
  ``ccbnet export --format node-link``: entities as nodes and relations as edges keyed by their
  ids; one attribute per readable property, named with "_" for "-" (enumerations as nicks,
  flags and string lists as lists, records as ids); a node's ``label`` (its name in `lang`)
  and ``class``; an edge's ``co_actors``; and the ``sources`` (document ids) and ``quotes``
  that every fact comes from::

      graph = registry.to_networkx()
      graph.edges["ccb", "enisa", "r050"]["on_behalf_of"]

- readable ``repr()`` of every object of the model, for example
  ``<Ccbnet.Organisation ccb "Centre for Cybersecurity Belgium">`` and
  ``<Ccbnet.Relation r050 ccb represents-in nis-cooperation-group on behalf of belgium>``.

Objects keep GObject identity semantics: the registry hands out one object per record, so
``registry["ccb"] is registry.find("CCB")``, and ``==`` and ``hash()`` are those of identity.
Errors are raised by PyGObject as ``GLib.Error`` in the library's own domain
(``e.matches(Ccbnet.dataset_error_quark(), Ccbnet.DatasetError.SYNTAX)``).
"""

from gi import Repository
from gi._gi import ObjectInfo
from gi.module import get_introspection_module
from gi.overrides import override
from gi.repository import GObject

Ccbnet = get_introspection_module("Ccbnet")

__all__ = []


def _nick(value):
    """The nick of an enumeration value (``represents-in``)."""
    return value.value_nick


def _id(thing):
    return thing.get_id() if thing is not None else None


def _shorten(text, width=60):
    return text if len(text) <= width else text[:width - 1] + "…"


# --- Query keywords ---------------------------------------------------------------------------


def _enum_nicks(enum_type):
    return [value.value_nick for value in enum_type.__enum_values__.values()]


def _resolve_enum(registry, keyword, enum_type, value):
    if value is None:
        # As for entities, None is the default, which means "any" in a query.
        return enum_type(0)
    if isinstance(value, enum_type):
        return value
    if isinstance(value, str):
        for member in enum_type.__enum_values__.values():
            if member.value_nick == value:
                return member
        raise ValueError(
            f"{keyword}={value!r} is not a {enum_type.__name__}; "
            f"valid values are {', '.join(_enum_nicks(enum_type))}"
        )
    if (isinstance(value, int) and not isinstance(value, (bool, GObject.GEnum))
            and value in enum_type.__enum_values__):
        return enum_type(value)
    raise TypeError(f"{keyword} takes a Ccbnet.{enum_type.__name__} or its nick, "
                    f"not {type(value).__name__}")


def _resolve_entity(registry, keyword, value):
    if value is None or isinstance(value, Ccbnet.Entity):
        return value
    if isinstance(value, str):
        entity = registry.lookup(value) or registry.find(value)
        if entity is None:
            raise KeyError(f"{keyword}={value!r}: no entity has this id or name")
        return entity
    raise TypeError(f"{keyword} takes a Ccbnet.Entity, an id or a name, not {type(value).__name__}")


def _resolve_section(registry, keyword, value):
    if value is None or isinstance(value, Ccbnet.Section):
        return value
    if isinstance(value, str):
        section = registry.lookup_section(value)
        if section is None:
            raise KeyError(f"{keyword}={value!r}: no section has this id")
        return section
    raise TypeError(f"{keyword} takes a Ccbnet.Section or its id, not {type(value).__name__}")


def _query_keywords():
    """Maps each keyword to the property it sets and a function that converts its value."""
    keywords = {}
    for pspec in GObject.list_properties(Ccbnet.Query):
        value_type = pspec.value_type
        if value_type.is_a(Ccbnet.Entity.__gtype__):
            resolve = _resolve_entity
        elif value_type.is_a(Ccbnet.Section.__gtype__):
            resolve = _resolve_section
        elif value_type.is_a(GObject.TYPE_ENUM):
            enum_type = getattr(Ccbnet, value_type.name[len("Ccbnet"):])

            def resolve(registry, keyword, value, enum_type=enum_type):
                return _resolve_enum(registry, keyword, enum_type, value)
        else:
            def resolve(registry, keyword, value):
                return value
        keywords[pspec.name.replace("-", "_")] = (pspec.name, resolve)
    return keywords


_QUERY_KEYWORDS = _query_keywords()


def _make_query(registry, method, query, filters):
    if query is not None and not isinstance(query, Ccbnet.Query):
        raise TypeError(f"{method}() takes a Ccbnet.Query or keywords, not {type(query).__name__}")
    if query is not None and not filters:
        return query
    properties = {}
    if query is not None:
        for keyword, (name, _resolve) in _QUERY_KEYWORDS.items():
            properties[name] = query.get_property(name)
    for keyword, value in filters.items():
        if keyword not in _QUERY_KEYWORDS:
            raise TypeError(f"{method}() got an unexpected keyword argument {keyword!r}; "
                            f"the filters are {', '.join(_QUERY_KEYWORDS)}")
        name, resolve = _QUERY_KEYWORDS[keyword]
        properties[name] = resolve(registry, keyword, value)
    result = Query()
    for name, value in properties.items():
        result.set_property(name, value)
    return result


# --- The registry -----------------------------------------------------------------------------


class Registry(Ccbnet.Registry):
    """A loaded dataset, and a read-only mapping from entity ids to entities."""

    def __getitem__(self, entity_id):
        """The entity with the id `entity_id`; KeyError if there is none."""
        if not isinstance(entity_id, str):
            raise TypeError(f"entity ids are strings, not {type(entity_id).__name__}")
        entity = self.lookup(entity_id)
        if entity is None:
            raise KeyError(entity_id)
        return entity

    def __contains__(self, item):
        """Whether an entity has the id `item`, or `item` is an entity of this registry."""
        if isinstance(item, Ccbnet.Entity):
            return self.lookup(item.get_id()) is item
        if isinstance(item, str):
            return self.lookup(item) is not None
        return False

    def __len__(self):
        """The number of entities (counted without making an object of each)."""
        return self.get_n_entities()

    def __bool__(self):
        # A registry is a registry, loaded or not: do not let __len__ make an empty one false.
        return True

    def __iter__(self):
        """Iterates over the entities, in dataset order."""
        return iter(self.get_entities())

    def query(self, query=None, **filters):
        """The relations that match a `Ccbnet.Query`, or the filters given as keywords.

        See the module's documentation for the keywords. Returns a `Gio.ListModel` of
        `Ccbnet.Relation`, which iterates, indexes and has a len().
        """
        return Ccbnet.Registry.query(self, _make_query(self, "query", query, filters))

    def query_entities(self, query=None, **filters):
        """The entities that a `Ccbnet.Query`, or the filters given as keywords, ask about.

        See `Ccbnet.Registry.query` for the arguments. Returns a `Gio.ListModel` of
        `Ccbnet.Entity`.
        """
        return Ccbnet.Registry.query_entities(self, _make_query(self, "query_entities", query,
                                                                filters))

    def to_networkx(self, lang="en"):
        """The dataset as a `networkx.MultiDiGraph`, as ``ccbnet export --format node-link``
        writes it (see the module's documentation); node labels are names in `lang`.

        Raises ImportError when networkx is not installed.
        """
        try:
            import networkx
        except ImportError as error:
            raise ImportError("Ccbnet.Registry.to_networkx() needs networkx "
                              "(Debian: python3-networkx)") from error
        graph = networkx.MultiDiGraph()
        for key, value in (("title", self.dup_title()), ("license", self.dup_license())):
            if value is not None:
                graph.graph[key] = value
        for entity in self.get_entities():
            graph.add_node(entity.get_id(), **_node_attributes(entity, lang))
        for relation in self.get_relations():
            graph.add_edge(relation.get_subject().get_id(), relation.get_object().get_id(),
                           key=relation.get_id(), **_edge_attributes(relation))
        return graph

    def __repr__(self):
        return (f"<Ccbnet.Registry {self.get_n_entities()} entities, "
                f"{self.get_n_relations()} relations>")


Registry = override(Registry)
__all__.append("Registry")


# --- The graph's attributes (the rule of ccbnet export's graph formats) -----------------------

_CLASSES = (("Organisation", "organisation"), ("Platform", "platform"),
            ("LegalInstrument", "legal-instrument"), ("Post", "post"))


def _graph_value(value):
    """A property's value as a graph attribute; None when absent."""
    if isinstance(value, GObject.GFlags):
        nicks = [flag.first_value_nick for bits, flag in type(value).__flags_values__.items()
                 if bits != 0 and int(value) & bits == bits]
        return nicks or None
    if isinstance(value, GObject.GEnum):
        return value.value_nick
    if isinstance(value, GObject.Object):
        return value.get_property("id")
    if isinstance(value, list):
        return list(value) or None
    return value


def _graph_properties(record, attributes):
    for pspec in GObject.list_properties(record):
        if pspec.name in ("id", "subject", "object") or not pspec.flags & GObject.ParamFlags.READABLE:
            continue
        value = _graph_value(record.get_property(pspec.name))
        if value is not None:
            attributes[pspec.name.replace("-", "_")] = value
    return attributes


def _graph_citations(citations, attributes):
    if citations:
        attributes["sources"] = [c.get_document().get_id() for c in citations]
        attributes["quotes"] = [c.get_quote() or "" for c in citations]
    return attributes


def _node_attributes(entity, lang):
    attributes = {"label": entity.get_name_for_language(lang),
                  "class": next((name for cls, name in _CLASSES
                                 if isinstance(entity, getattr(Ccbnet, cls))), "thing")}
    _graph_properties(entity, attributes)
    return _graph_citations(entity.get_sources(), attributes)


def _edge_attributes(relation):
    attributes = _graph_properties(relation, {})
    actors = [actor.get_id() for actor in relation.get_co_actors() or []]
    if actors:
        attributes["co_actors"] = actors
    return _graph_citations(relation.get_sources(), attributes)


# --- Readable repr() --------------------------------------------------------------------------


class Entity(Ccbnet.Entity):
    def __repr__(self):
        return f'<Ccbnet.{type(self).__name__} {self.get_id()} "{self.get_name()}">'


Entity = override(Entity)
__all__.append("Entity")


class Relation(Ccbnet.Relation):
    def __repr__(self):
        text = (f"<Ccbnet.Relation {self.get_id()} {_id(self.get_subject())} "
                f"{_nick(self.get_kind())} {_id(self.get_object())}")
        if self.get_on_behalf_of() is not None:
            text += f" on behalf of {_id(self.get_on_behalf_of())}"
        return text + ">"


Relation = override(Relation)
__all__.append("Relation")


class Query(Ccbnet.Query):
    def __repr__(self):
        parts = []
        for keyword, (name, _resolve) in _QUERY_KEYWORDS.items():
            value = self.get_property(name)
            if value == self.find_property(name).default_value:
                continue
            if isinstance(value, (Ccbnet.Entity, Ccbnet.Section)):
                value = value.get_id()
            elif hasattr(value, "value_nick"):
                value = value.value_nick
            parts.append(f"{keyword}={value}")
        return "<Ccbnet.Query" + "".join(" " + part for part in parts) + ">"


Query = override(Query)
__all__.append("Query")


class Section(Ccbnet.Section):
    def __repr__(self):
        return (f'<Ccbnet.Section {self.get_id()} {_nick(self.get_scope())} '
                f'"{self.get_heading(None)}">')


Section = override(Section)
__all__.append("Section")


class Document(Ccbnet.Document):
    def __repr__(self):
        return f'<Ccbnet.Document {self.get_id()} {_nick(self.get_kind())} "{self.get_title()}">'


Document = override(Document)
__all__.append("Document")


class Name(Ccbnet.Name):
    def __repr__(self):
        text = f'<Ccbnet.Name "{self.get_text()}" {self.get_language()}'
        if self.get_source() is not None:
            text += f" from {self.get_source().get_id()}"
        return text + ">"


Name = override(Name)
__all__.append("Name")


class Citation(Ccbnet.Citation):
    def __repr__(self):
        return (f'<Ccbnet.Citation {_id(self.get_document())} '
                f'"{_shorten(self.get_quote())}">')


Citation = override(Citation)
__all__.append("Citation")


class Problem(Ccbnet.Problem):
    def __repr__(self):
        return f"<Ccbnet.Problem {_nick(self.get_code())} {self.to_string()}>"


Problem = override(Problem)
__all__.append("Problem")


# --- Attributes for properties -----------------------------------------------------------------


def _accessor(cls, prefixes, pyname, n_args):
    """The class's method named prefix + pyname taking @n_args arguments besides the instance,
    or None. The methods are GI's functions themselves, so an attribute costs one call."""
    for prefix in prefixes:
        method = getattr(cls, prefix + pyname, None)
        if hasattr(method, "get_arguments") and len(method.get_arguments()) == n_args:
            return method
    return None


def _add_attributes(cls):
    for pspec in GObject.list_properties(cls):
        if pspec.owner_type != cls.__gtype__:
            continue
        pyname = pspec.name.replace("-", "_")
        if hasattr(cls, pyname):
            continue
        getter = _accessor(cls, ("get_", "is_"), pyname, 0)
        if getter is None:
            def getter(self, name=pspec.name):
                return self.get_property(name)
        setter = None
        if (pspec.flags & GObject.ParamFlags.WRITABLE
                and not pspec.flags & GObject.ParamFlags.CONSTRUCT_ONLY):
            setter = _accessor(cls, ("set_",), pyname, 1)
            if setter is None:
                def setter(self, value, name=pspec.name):
                    self.set_property(name, value)
        doc = pspec.blurb or None
        setattr(cls, pyname, property(getter, setter, None, doc))


def _model_classes():
    """Every class of the namespace, from the typelib's list of object types (getting every
    name of the namespace would wrap every function and enumeration at import); the overridden
    class where there is one, since the attributes belong on it."""
    return [globals()[info.get_name()] if info.get_name() in __all__
            else getattr(Ccbnet, info.get_name())
            for info in Repository.get_default().get_infos("Ccbnet")
            if isinstance(info, ObjectInfo)]


for _cls in _model_classes():
    _add_attributes(_cls)
