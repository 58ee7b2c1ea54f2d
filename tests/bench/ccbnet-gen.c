/* ccbnet-gen.c: deterministic synthetic datasets in the ccbnet/1 format
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

/* ccbnet-gen [--random-order] N OUTPUT.json [SAMPLE.tsv]
 *
 * Writes a dataset of N entities and 10 N relations that looks like the public record of many
 * countries' cybersecurity set-up: states with names in several languages, their agencies,
 * ministries and laws, CSIRTs that are units of agencies, posts, services and publications, and
 * consultation platforms, working groups and recurring events with cadences, which the agencies
 * and CSIRTs join, represent their state in (on behalf of it), participate in under conditions,
 * or are the point of contact for. Every record cites a sentence of the primary page; names in
 * other languages cite external sources. The same N always gives the same bytes, and the data is
 * valid by construction (the loader accepts it).
 *
 * With --random-order, the relations are written in a random order instead of roughly by
 * subject, and the first platform is a hub that every agency and CSIRT is a member of (the
 * relations of an entity are then spread over the whole file, as in a dataset merged from many
 * sources, and one entity has a quarter to a half of all entities as members); the entities are
 * the same.
 *
 * SAMPLE.tsv lists 1000 entities spread over the dataset, "id<TAB>name" a line, for the
 * benchmarks to query; with --random-order, the hub's id and name follow on a line of their
 * own, after a line "#hub". */

#include <glib.h>
#include <stdio.h>
#include <string.h>

typedef enum {
  T_STATE, T_AGENCY, T_CSIRT, T_PLATFORM, T_EVENT, T_LAW, T_ROLE, T_POST, T_SERVICE,
  T_PUBLICATION, T_AREA, T_GROUP, N_TYPES
} Type;

static const struct
{
  const char *prefix;
  const char *entity_type;
  guint       per_mille;
} types[N_TYPES] = {
  [T_STATE] = { "state", "state", 20 },
  [T_AGENCY] = { "agency", "organisation", 250 },
  [T_CSIRT] = { "csirt", "organisation", 150 },
  [T_PLATFORM] = { "platform", "body", 200 },
  [T_EVENT] = { "event", "event-series", 50 },
  [T_LAW] = { "law", "legal-instrument", 80 },
  [T_ROLE] = { "role", "role", 10 },
  [T_POST] = { "post", "post", 100 },
  [T_SERVICE] = { "service", "service", 50 },
  [T_PUBLICATION] = { "publication", "publication", 40 },
  [T_AREA] = { "area", "area", 10 },
  [T_GROUP] = { "group", "actor-group", 40 },
};

static const char * const scopes[] = { "national", "european", "international", "operational" };
static const char * const syllables[] = {
  "bel", "gor", "va", "lin", "dor", "ma", "sen", "tri", "kal", "ora", "vin", "dal", "ner", "sto",
  "qua", "rel", "mun", "tes", "pol", "zan", "ur", "fen", "lis", "cor",
};
static const char * const cadences[][2] = {
  { "monthly", "every month" }, { "bimonthly", "once every two months" },
  { "quarterly", "every quarter" }, { "at-least-quarterly", "at least four times a year" },
  { "biennial", "every two years" }, { "periodic", "periodically" }, { "regular", "regularly" },
};
static const char * const topics[] = {
  "incident response", "threat intelligence", "certification", "critical infrastructure",
  "cyber diplomacy", "awareness", "vulnerability disclosure", "supply chain security",
};

/* xorshift64*: the same stream on every machine. */
static guint64 rng_state;

static guint32
rnd (guint32 n)
{
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;

  return (guint32) (((rng_state * G_GUINT64_CONSTANT (2685821657736338717)) >> 32) % n);
}

typedef struct
{
  Type     type;
  guint    index;    /* within its type */
  guint    state;    /* the state it belongs to, an index into the states */
  guint    section;
  char    *id;
  char    *name;
} Entity;

typedef struct
{
  FILE      *out;
  guint      n;
  Entity    *entities;
  GArray    *by_type[N_TYPES];   /* entity positions */
  guint      n_sections;
  guint      n_relations;
  gboolean   first;
  /* --random-order: each relation goes to @records, one a line, to be shuffled. */
  gboolean   random_order;
  FILE      *records;
  char      *records_data;
  size_t     records_size;
} Gen;

static char *
word (guint seed,
      guint parts)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < parts; i++)
    {
      g_string_append (s, syllables[seed % G_N_ELEMENTS (syllables)]);
      seed /= G_N_ELEMENTS (syllables);
      seed += i * 7;
    }
  s->str[0] = g_ascii_toupper (s->str[0]);

  return g_string_free (s, FALSE);
}

static void
put_string (FILE       *out,
            const char *text)
{
  fputc ('"', out);
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        fputc ('\\', out);
      fputc (*p, out);
    }
  fputc ('"', out);
}

static void
member (Gen        *g,
        const char *key,
        const char *value)
{
  fprintf (g->out, ",\"%s\":", key);
  put_string (g->out, value);
}

static void
cite (Gen        *g,
      const char *source,
      const char *quote)
{
  fprintf (g->out, ",\"sources\":[{\"source\":\"%s\",\"quote\":", source);
  put_string (g->out, quote);
  fputs ("}]", g->out);
}

static guint
pick (Gen  *g,
      Type  type)
{
  GArray *pool = g->by_type[type];

  return g_array_index (pool, guint, rnd (pool->len));
}

static const char *
state_name (Gen  *g,
            guint state)
{
  return g->entities[g_array_index (g->by_type[T_STATE], guint, state)].name;
}

static void
write_entities (Gen *g)
{
  static const char * const agency_kinds[][2] = {
    { "national-authority", "National Cybersecurity Authority" },
    { "ministry", "Ministry of Digital Affairs" },
    { "agency", "Agency for Information Security" },
    { "regulator", "Telecommunications Regulator" },
  };
  static const char * const platform_kinds[][2] = {
    { "platform", "Consultation Platform" }, { "working-group", "Working Group" },
    { "network", "Network" }, { "forum", "Forum" },
  };

  fputs ("],\"entities\":[", g->out);
  for (guint e = 0; e < g->n; e++)
    {
      Entity *entity = &g->entities[e];
      guint i = entity->index;
      g_autofree char *description = NULL;
      const char *state = state_name (g, entity->state);

      fprintf (g->out, "%s{\"id\":\"%s\",\"entity_type\":\"%s\"", e > 0 ? "," : "", entity->id,
               types[entity->type].entity_type);
      switch (entity->type)
        {
        case T_STATE:
          member (g, "classification", "state");
          break;
        case T_AGENCY:
          member (g, "classification", agency_kinds[i % 4][0]);
          break;
        case T_CSIRT:
          member (g, "classification", "csirt");
          break;
        case T_PLATFORM:
          member (g, "classification", platform_kinds[i % 4][0]);
          break;
        case T_EVENT:
          member (g, "classification", i % 2 ? "exercise" : "conference");
          break;
        case T_LAW:
          member (g, "classification", i % 3 ? "act" : "royal-decree");
          break;
        case T_POST:
          member (g, "classification", "head-of-organisation");
          break;
        case T_GROUP:
          member (g, "classification", "sector-group");
          break;
        case T_ROLE:
        case T_SERVICE:
        case T_PUBLICATION:
        case T_AREA:
        case N_TYPES:
        default:
          member (g, "classification", types[entity->type].prefix);
          break;
        }
      member (g, "name", entity->name);
      if (entity->type == T_AGENCY || entity->type == T_CSIRT || entity->type == T_PLATFORM)
        {
          g_autofree char *acronym = g_strdup_printf ("%c%c%u", g_ascii_toupper (entity->name[0]),
                                                      entity->type == T_CSIRT ? 'C' : 'A', i);

          member (g, "short_name", acronym);
        }
      if (entity->type == T_STATE || (entity->type == T_AGENCY && i % 3 == 0))
        {
          g_autofree char *fr = g_strdup_printf ("%s (République de %s)", entity->name, state);
          g_autofree char *nl = g_strdup_printf ("%s (Staat %s)", entity->name, state);

          fputs (",\"other_names\":[{\"name\":", g->out);
          put_string (g->out, fr);
          fputs (",\"lang\":\"fr\",\"source\":\"register-fr\"},{\"name\":", g->out);
          put_string (g->out, nl);
          fputs (",\"lang\":\"nl\",\"source\":\"register-nl\"},{\"name\":", g->out);
          put_string (g->out, entity->name);
          fputs (",\"lang\":\"de\",\"note\":\"the same in German\",\"source\":\"register-de\"}]", g->out);
        }
      member (g, "scope", scopes[entity->section % 4]);
      {
        char section[32];

        g_snprintf (section, sizeof section, "section-%u", entity->section);
        member (g, "section", section);
      }
      if (entity->type == T_PLATFORM || entity->type == T_EVENT)
        {
          guint c = i % G_N_ELEMENTS (cadences);

          description = g_strdup_printf ("%s brings together the experts of its members to exchange "
                                         "information on %s.", entity->name, topics[i % G_N_ELEMENTS (topics)]);
          member (g, "description", description);
          member (g, "cadence", cadences[c][0]);
          member (g, "cadence_text", cadences[c][1]);
        }
      else if (entity->type == T_AGENCY)
        {
          description = g_strdup_printf ("%s supervises the security of networks and information "
                                         "systems in %s.", entity->name, state);
          member (g, "description", description);
        }
      if (entity->type == T_GROUP)
        fputs (",\"is_collective\":true", g->out);
      if (entity->type == T_STATE || entity->type == T_AGENCY || entity->type == T_CSIRT ||
          entity->type == T_GROUP)
        fputs (i % 5 == 0 ? ",\"sectors\":[\"public\",\"private\"]" : ",\"sectors\":[\"public\"]", g->out);
      if (entity->type == T_PLATFORM || entity->type == T_EVENT)
        {
          fprintf (g->out, ",\"purposes\":[\"exchange information\",\"coordinate\"],\"topics\":[\"%s\",\"%s\"]",
                   topics[i % G_N_ELEMENTS (topics)], topics[(i + 3) % G_N_ELEMENTS (topics)]);
          if (i % 4 == 0)
            fputs (",\"topics_non_exhaustive\":true,\"member_categories\":[\"countries\"]", g->out);
        }
      if (entity->type == T_LAW)
        fprintf (g->out, ",\"date\":\"%u-%02u-%02u\"", 1995 + i % 30, 1 + i % 12, 1 + i % 28);
      if (entity->type == T_POST)
        member (g, "role", "Director");
      {
        g_autofree char *quote = g_strdup_printf ("%s is one of the %s actors of %s.", entity->name,
                                                  scopes[entity->section % 4], state);

        cite (g, "page", quote);
      }
      fputc ('}', g->out);
    }
}

static void
relation (Gen        *g,
          const char *kind,
          guint       subject,
          guint       object,
          const char *extra,
          const char *verb)
{
  Entity *s = &g->entities[subject], *o = &g->entities[object];
  g_autofree char *quote = NULL;
  FILE *out = g->out;

  if (g->random_order)
    g->out = g->records;
  fprintf (g->out, "%s{\"id\":\"r%u\",\"kind\":\"%s\",\"subject\":\"%s\",\"object\":\"%s\"%s",
           g->n_relations > 0 && !g->random_order ? "," : "", g->n_relations, kind, s->id, o->id,
           extra != NULL ? extra : "");
  fprintf (g->out, ",\"section\":\"section-%u\"", o->section);
  /* One sentence in three names several relations (the page lists the members of a platform). */
  if (g->n_relations % 3 == 0)
    quote = g_strdup_printf ("The members of %s include its national representatives.", o->name);
  else
    quote = g_strdup_printf ("%s %s %s.", s->name, verb, o->name);
  cite (g, "page", quote);
  fputc ('}', g->out);
  if (g->random_order)
    fputc ('\n', g->out);
  g->out = out;
  g->n_relations++;
}

/* --random-order: the hub's members, then every relation written in a random order. */
static void
shuffle_relations (Gen *g)
{
  guint hub = g_array_index (g->by_type[T_PLATFORM], guint, 0);
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();
  char *line;

  for (Type t = T_AGENCY; t <= T_CSIRT; t++)
    for (guint i = 0; i < g->by_type[t]->len; i++)
      relation (g, "member-of", g_array_index (g->by_type[t], guint, i), hub, NULL,
                "is a member of");

  if (fclose (g->records) != 0)
    g_error ("cannot hold the relations in memory");
  for (line = g->records_data; *line != '\0';)
    {
      char *end = strchr (line, '\n');

      *end = '\0';
      g_ptr_array_add (lines, line);
      line = end + 1;
    }
  for (guint i = lines->len; i > 1; i--)
    {
      guint j = rnd (i);
      gpointer swap = lines->pdata[i - 1];

      lines->pdata[i - 1] = lines->pdata[j];
      lines->pdata[j] = swap;
    }
  for (guint i = 0; i < lines->len; i++)
    {
      if (i > 0)
        fputc (',', g->out);
      fputs (lines->pdata[i], g->out);
    }
}

static guint
agent (Gen *g)
{
  static const Type agents[] = { T_AGENCY, T_AGENCY, T_CSIRT, T_PLATFORM, T_POST, T_GROUP };

  return pick (g, agents[rnd (G_N_ELEMENTS (agents))]);
}

static void
write_relations (Gen *g)
{
  guint target = 10 * g->n;

  fputs ("],\"relations\":[", g->out);

  /* Structure first: units, posts, parts, locations and legal bases. */
  for (guint i = 0; i < g->by_type[T_CSIRT]->len; i++)
    {
      guint csirt = g_array_index (g->by_type[T_CSIRT], guint, i);

      relation (g, "unit-of", csirt, pick (g, T_AGENCY), NULL, "is an operational unit of");
    }
  for (guint i = 0; i < g->by_type[T_POST]->len; i++)
    relation (g, "post-in", g_array_index (g->by_type[T_POST], guint, i), pick (g, T_AGENCY), NULL,
              "is a post in");
  for (guint i = 1; i < g->by_type[T_PLATFORM]->len; i++)
    if (i % 3 == 0)
      {
        /* Working groups are parts of an earlier platform: no cycle. */
        guint part = g_array_index (g->by_type[T_PLATFORM], guint, i);
        guint whole = g_array_index (g->by_type[T_PLATFORM], guint, rnd (i));

        relation (g, "part-of", part, whole, NULL, "is a working group of");
      }
  for (guint i = 0; i < g->by_type[T_AGENCY]->len; i++)
    {
      guint agency = g_array_index (g->by_type[T_AGENCY], guint, i);
      char extra[96];

      g_snprintf (extra, sizeof extra, ",\"start_date\":\"%u\"", 2000 + i % 25);
      relation (g, "established-under", agency, pick (g, T_LAW), extra, "was established under");
      if (i % 10 == 0)
        {
          g_snprintf (extra, sizeof extra, ",\"legal_basis\":\"%s\",\"framework\":\"%s\"",
                      g->entities[pick (g, T_LAW)].id, g->entities[pick (g, T_LAW)].id);
          relation (g, "designated-as", agency, pick (g, T_ROLE), extra, "is designated as");
        }
    }
  for (guint i = 0; i < g->by_type[T_EVENT]->len; i++)
    relation (g, "organises", pick (g, T_AGENCY), g_array_index (g->by_type[T_EVENT], guint, i),
              ",\"cadence\":\"biennial\",\"cadence_text\":\"every two years\"", "organises");
  for (guint i = 0; i < g->by_type[T_SERVICE]->len; i++)
    relation (g, "operates", pick (g, T_CSIRT), g_array_index (g->by_type[T_SERVICE], guint, i), NULL,
              "operates");
  for (guint i = 0; i < g->by_type[T_PUBLICATION]->len; i++)
    relation (g, "publishes", pick (g, T_AGENCY), g_array_index (g->by_type[T_PUBLICATION], guint, i),
              NULL, "publishes");
  for (guint i = 0; i < g->by_type[T_LAW]->len; i++)
    {
      guint law = g_array_index (g->by_type[T_LAW], guint, i);

      relation (g, "applies-to-jurisdiction", law,
                g_array_index (g->by_type[T_STATE], guint, g->entities[law].state), NULL, "applies in");
    }

  /* Then memberships and the other relations, until there are ten per entity. */
  while (g->n_relations < target)
    {
      guint r = rnd (100);
      char extra[160];

      if (r < 35)
        {
          /* An agency or CSIRT represents its state in a platform. */
          guint subject = pick (g, rnd (2) ? T_AGENCY : T_CSIRT);
          guint state = g_array_index (g->by_type[T_STATE], guint, g->entities[subject].state);

          g_snprintf (extra, sizeof extra, ",\"on_behalf_of\":\"%s\"", g->entities[state].id);
          relation (g, "represents-in", subject, pick (g, T_PLATFORM), extra, "represents its state in");
        }
      else if (r < 55)
        relation (g, "member-of", pick (g, rnd (3) ? T_AGENCY : T_CSIRT), pick (g, T_PLATFORM),
                  rnd (4) == 0 ? ",\"non_exhaustive\":true" : NULL, "is a member of");
      else if (r < 65)
        relation (g, "participates-in", agent (g), pick (g, T_EVENT),
                  rnd (3) == 0 ? ",\"condition\":\"on-request\",\"condition_text\":\"If requested\"" : NULL,
                  "takes part in");
      else if (r < 70)
        {
          guint subject = pick (g, T_CSIRT);
          guint state = g_array_index (g->by_type[T_STATE], guint, g->entities[subject].state);

          g_snprintf (extra, sizeof extra, ",\"on_behalf_of\":\"%s\",\"capacity\":\"%s\"",
                      g->entities[state].id, g->entities[pick (g, T_ROLE)].id);
          relation (g, "point-of-contact-for", subject, pick (g, T_PLATFORM), extra,
                    "is the point of contact for");
        }
      else if (r < 75)
        {
          guint subject = pick (g, rnd (2) ? T_SERVICE : T_CSIRT);
          guint object = agent (g);

          g_snprintf (extra, sizeof extra, ",\"via\":\"%s\",\"levels\":[\"national\"]",
                      g->entities[pick (g, T_PLATFORM)].id);
          relation (g, "informs", subject, object, extra, "informs");
        }
      else if (r < 82)
        {
          guint subject = agent (g), object = agent (g);

          if (subject == object)
            continue;
          g_snprintf (extra, sizeof extra, ",\"context\":\"%s\",\"topic\":\"%s\"",
                      g->entities[pick (g, T_PLATFORM)].id, topics[rnd (G_N_ELEMENTS (topics))]);
          relation (g, rnd (2) ? "consults" : "provides-expertise-to", subject, object, extra,
                    "works with");
        }
      else if (r < 87)
        relation (g, "coordinates", pick (g, T_AGENCY), pick (g, rnd (2) ? T_PLATFORM : T_EVENT),
                  NULL, "coordinates");
      else if (r < 90)
        {
          guint subject = pick (g, T_PLATFORM), object = rnd (g->n);

          if (subject == object)
            continue;
          relation (g, "discusses", subject, object, ",\"note\":\"as an example\"", "discusses");
        }
      else if (r < 95)
        {
          guint subject = pick (g, rnd (2) ? T_AGENCY : T_GROUP);
          guint state = g_array_index (g->by_type[T_STATE], guint, g->entities[subject].state);

          relation (g, "located-in", subject, state, NULL, "is located in");
        }
      else
        {
          guint subject = pick (g, T_GROUP), object = pick (g, rnd (2) ? T_GROUP : T_AGENCY);
          guint other = pick (g, T_AGENCY);

          if (subject == object)
            continue;
          g_snprintf (extra, sizeof extra, ",\"jointly_with\":[\"%s\"]", g->entities[other].id);
          relation (g, "affiliated-with", subject, object, extra, "is affiliated with");
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  Gen gen = { 0, };
  Gen *g = &gen;
  guint counts[N_TYPES];
  guint total = 0;

  if (argc > 1 && g_str_equal (argv[1], "--random-order"))
    {
      g->random_order = TRUE;
      g->records = open_memstream (&g->records_data, &g->records_size);
      argv[1] = argv[0];
      argv++;
      argc--;
    }
  if (argc < 3)
    {
      g_printerr ("Usage: %s [--random-order] N OUTPUT.json [SAMPLE.tsv]\n", argv[0]);
      return 2;
    }

  g->n = MAX (100, (guint) g_ascii_strtoull (argv[1], NULL, 10));
  rng_state = G_GUINT64_CONSTANT (0x9e3779b97f4a7c15) ^ g->n;
  g->out = fopen (argv[2], "w");
  if (g->out == NULL)
    {
      g_printerr ("%s: cannot write\n", argv[2]);
      return 1;
    }
  g->n_sections = 8;

  for (guint t = 0; t < N_TYPES; t++)
    {
      counts[t] = MAX (3, g->n * types[t].per_mille / 1000);
      total += counts[t];
    }
  counts[T_AGENCY] += g->n > total ? g->n - total : 0;
  counts[T_AGENCY] -= total > g->n ? total - g->n : 0;

  /* Entities, interleaved by type as a hand-written file would be. */
  g->entities = g_new0 (Entity, g->n);
  for (guint t = 0; t < N_TYPES; t++)
    g->by_type[t] = g_array_new (FALSE, FALSE, sizeof (guint));
  {
    guint made[N_TYPES] = { 0, };
    guint e = 0;

    /* States come first: everything else belongs to one. */
    for (; e < counts[T_STATE]; e++)
      {
        g->entities[e].type = T_STATE;
        g->entities[e].index = made[T_STATE]++;
      }
    while (e < g->n)
      {
        Type t = 1 + rnd (N_TYPES - 1);

        if (made[t] >= counts[t])
          {
            for (t = 1; t < N_TYPES && made[t] >= counts[t]; t++)
              ;
            if (t == N_TYPES)
              t = T_AGENCY;
          }
        g->entities[e].type = t;
        g->entities[e].index = made[t]++;
        e++;
      }
  }
  for (guint e = 0; e < g->n; e++)
    {
      Entity *entity = &g->entities[e];
      g_autofree char *w = word (entity->index * 31 + entity->type, 2 + entity->index % 2);

      g_array_append_val (g->by_type[entity->type], e);
      entity->state = entity->type == T_STATE ? entity->index : rnd (counts[T_STATE]);
      entity->section = entity->type == T_STATE ? 2 + 4 * rnd (2) : rnd (g->n_sections);
      entity->id = g_strdup_printf ("%s-%u", types[entity->type].prefix, entity->index);
      switch (entity->type)
        {
        case T_STATE:
          entity->name = g_strdup_printf ("%s %u", w, entity->index);
          break;
        case T_AGENCY:
          entity->name = g_strdup_printf ("%s Agency %u", w, entity->index);
          break;
        case T_CSIRT:
          entity->name = g_strdup_printf ("CSIRT %s %u", w, entity->index);
          break;
        case T_PLATFORM:
          entity->name = g_strdup_printf ("%s Platform %u", w, entity->index);
          break;
        case T_EVENT:
          entity->name = g_strdup_printf ("Cyber %s Exercise %u", w, entity->index);
          break;
        case T_LAW:
          entity->name = g_strdup_printf ("Act %u on the security of %s", entity->index, w);
          break;
        case T_ROLE:
          entity->name = g_strdup_printf ("Single Point of Contact %u", entity->index);
          break;
        case T_POST:
          entity->name = g_strdup_printf ("Director of %s %u", w, entity->index);
          break;
        case T_SERVICE:
          entity->name = g_strdup_printf ("%s Early Warning Service %u", w, entity->index);
          break;
        case T_PUBLICATION:
          entity->name = g_strdup_printf ("%s Threat Report %u", w, entity->index);
          break;
        case T_AREA:
          entity->name = g_strdup_printf ("Région de %s %u", w, entity->index);
          break;
        case T_GROUP:
        case N_TYPES:
        default:
          entity->name = g_strdup_printf ("Operators of %s %u", w, entity->index);
          break;
        }
    }
  for (guint e = 0; e < g->n; e++)
    if (g->entities[e].type == T_STATE)
      g->entities[e].section = 2 + 4 * (g->entities[e].index % 2);

  fputs ("{\"format\":\"ccbnet/1\",\"title\":\"Synthetic dataset\",\"license\":\"CC0-1.0\",\"sources\":[", g->out);
  fputs ("{\"id\":\"page\",\"kind\":\"primary\",\"title\":\"The national cybersecurity networks\","
         "\"publisher\":\"Synthetic\",\"language\":\"en\",\"retrieved\":\"2026-01-15\"}", g->out);
  {
    static const char * const languages[] = { "fr", "nl", "de" };

    for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
      fprintf (g->out, ",{\"id\":\"register-%s\",\"kind\":\"external\",\"title\":\"Official register (%s)\","
               "\"publisher\":\"Synthetic\",\"url\":\"https://example.org/%s\",\"language\":\"%s\"}",
               languages[i], languages[i], languages[i], languages[i]);
  }
  fputs ("],\"sections\":[", g->out);
  for (guint s = 0; s < g->n_sections; s++)
    {
      g_autofree char *heading = g_strdup_printf ("Section %u", s);

      fprintf (g->out, "%s{\"id\":\"section-%u\",\"scope\":\"%s\",\"heading\":{\"nl\":\"Afdeling %u\",\"en\":\"%s\"}",
               s > 0 ? "," : "", s, scopes[s % 4], s, heading);
      cite (g, "page", heading);
      fputc ('}', g->out);
    }
  write_entities (g);
  write_relations (g);
  if (g->random_order)
    shuffle_relations (g);
  fputs ("]}\n", g->out);
  if (fclose (g->out) != 0)
    {
      g_printerr ("%s: cannot write\n", argv[2]);
      return 1;
    }

  if (argc > 3)
    {
      FILE *sample = fopen (argv[3], "w");

      if (sample == NULL)
        return 1;
      for (guint i = 0; i < 1000; i++)
        {
          Entity *entity = &g->entities[(guint64) i * g->n / 1000 + rnd (MAX (g->n / 1000, 1))];

          fprintf (sample, "%s\t%s\n", entity->id, entity->name);
        }
      if (g->random_order)
        {
          Entity *hub = &g->entities[g_array_index (g->by_type[T_PLATFORM], guint, 0)];

          fprintf (sample, "#hub\n%s\t%s\n", hub->id, hub->name);
        }
      fclose (sample);
    }

  return 0;
}

/* A one-shot generator: its memory goes with the process. */
int __lsan_is_turned_off (void);
int
__lsan_is_turned_off (void)
{
  return 1;
}
