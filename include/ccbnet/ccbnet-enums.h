/* ccbnet-enums.h: the controlled vocabularies of libccbnet
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (CCBNET_INSIDE) && !defined (CCBNET_COMPILATION)
#error "Only <ccbnet/ccbnet.h> can be included directly."
#endif

#include <glib.h>

#include "ccbnet-version.h"

G_BEGIN_DECLS

/**
 * CcbnetEntityType:
 * @CCBNET_ENTITY_TYPE_ANY: no type; in a [class@Ccbnet.Query] it means "any type"
 * @CCBNET_ENTITY_TYPE_ORGANISATION: a formal organisation, unit, board, diplomatic representation
 *   or international organisation
 * @CCBNET_ENTITY_TYPE_STATE: a sovereign state acting as a principal
 * @CCBNET_ENTITY_TYPE_AREA: a place, such as a city
 * @CCBNET_ENTITY_TYPE_BODY: a platform, network, think tank, coalition, working group, forum or
 *   cooperation group
 * @CCBNET_ENTITY_TYPE_ACTOR_GROUP: a collective, often unnamed class of actors (operators,
 *   officers, stakeholders)
 * @CCBNET_ENTITY_TYPE_EVENT_SERIES: a recurring meeting, event or exercise
 * @CCBNET_ENTITY_TYPE_SERVICE: a system or service that an organisation operates
 * @CCBNET_ENTITY_TYPE_LEGAL_INSTRUMENT: a law, directive or act
 * @CCBNET_ENTITY_TYPE_ROLE: a legal role conferred by designation
 * @CCBNET_ENTITY_TYPE_POST: a position within an organisation
 * @CCBNET_ENTITY_TYPE_PUBLICATION: a report or other document
 * @CCBNET_ENTITY_TYPE_INITIATIVE: a programme, partnership or set of measures
 *
 * What kind of thing an entity is. The nicks (`organisation`, `actor-group`, …) are the values of
 * `entity_type` in the dataset format.
 *
 * Since: 1.0
 */
typedef enum {
  CCBNET_ENTITY_TYPE_ANY,
  CCBNET_ENTITY_TYPE_ORGANISATION,
  CCBNET_ENTITY_TYPE_STATE,
  CCBNET_ENTITY_TYPE_AREA,
  CCBNET_ENTITY_TYPE_BODY,
  CCBNET_ENTITY_TYPE_ACTOR_GROUP,
  CCBNET_ENTITY_TYPE_EVENT_SERIES,
  CCBNET_ENTITY_TYPE_SERVICE,
  CCBNET_ENTITY_TYPE_LEGAL_INSTRUMENT,
  CCBNET_ENTITY_TYPE_ROLE,
  CCBNET_ENTITY_TYPE_POST,
  CCBNET_ENTITY_TYPE_PUBLICATION,
  CCBNET_ENTITY_TYPE_INITIATIVE,
} CcbnetEntityType;

/**
 * CcbnetScope:
 * @CCBNET_SCOPE_ANY: no scope; in a [class@Ccbnet.Query] it means "any scope"
 * @CCBNET_SCOPE_NATIONAL: the page's national networks
 * @CCBNET_SCOPE_EUROPEAN: the page's European networks
 * @CCBNET_SCOPE_INTERNATIONAL: the page's international networks
 * @CCBNET_SCOPE_OPERATIONAL: the page's operational networks
 *
 * The grouping of the source page. It is a grouping, not a geographic level: the operational
 * networks include European and worldwide forums.
 *
 * Since: 1.0
 */
typedef enum {
  CCBNET_SCOPE_ANY,
  CCBNET_SCOPE_NATIONAL,
  CCBNET_SCOPE_EUROPEAN,
  CCBNET_SCOPE_INTERNATIONAL,
  CCBNET_SCOPE_OPERATIONAL,
} CcbnetScope;

/**
 * CcbnetRelationKind:
 * @CCBNET_RELATION_KIND_ANY: no kind; in a [class@Ccbnet.Query] it means "any kind"
 * @CCBNET_RELATION_KIND_PART_OF: the subject is part of the object
 * @CCBNET_RELATION_KIND_UNIT_OF: the subject is a unit (department) of the object; a sub-kind of
 *   @CCBNET_RELATION_KIND_PART_OF
 * @CCBNET_RELATION_KIND_POST_IN: the subject, a post, exists in the object
 * @CCBNET_RELATION_KIND_PARTICIPATES_IN: the subject takes part in, or is brought together by, the
 *   object
 * @CCBNET_RELATION_KIND_MEMBER_OF: the subject is a member of the object; a sub-kind of
 *   @CCBNET_RELATION_KIND_PARTICIPATES_IN
 * @CCBNET_RELATION_KIND_REPRESENTS_IN: the subject represents the
 *   [property@Ccbnet.Relation:on-behalf-of] entity in the object; a sub-kind of
 *   @CCBNET_RELATION_KIND_MEMBER_OF
 * @CCBNET_RELATION_KIND_POINT_OF_CONTACT_FOR: the subject is the on-behalf-of entity's point of
 *   contact for the object; a sub-kind of @CCBNET_RELATION_KIND_PARTICIPATES_IN
 * @CCBNET_RELATION_KIND_DESIGNATED_AS: the subject was designated as the object, a role, by the
 *   [property@Ccbnet.Relation:legal-basis]
 * @CCBNET_RELATION_KIND_ESTABLISHED_UNDER: the subject was established under the object, a legal
 *   instrument
 * @CCBNET_RELATION_KIND_APPLIES_TO_JURISDICTION: the subject, a legal instrument, applies to the
 *   object
 * @CCBNET_RELATION_KIND_COORDINATES: the subject performs the coordination of the object
 * @CCBNET_RELATION_KIND_DEVELOPS_POSITIONS_FOR: the subject develops, or helps to define, the
 *   positions of the object
 * @CCBNET_RELATION_KIND_DEVELOPS: the subject develops the object
 * @CCBNET_RELATION_KIND_ORGANISES: the subject organises the object, an event series
 * @CCBNET_RELATION_KIND_OPERATES: the subject operates the object, a service
 * @CCBNET_RELATION_KIND_PUBLISHES: the subject issues the object, a publication
 * @CCBNET_RELATION_KIND_HOSTED_BY: the subject is a mechanism set up at the object
 * @CCBNET_RELATION_KIND_CONSULTS: the subject consults the object
 * @CCBNET_RELATION_KIND_PROVIDES_EXPERTISE_TO: the subject provides expertise to the object
 * @CCBNET_RELATION_KIND_PROVIDES_INPUT_TO: the subject provides input to the object
 * @CCBNET_RELATION_KIND_INFORMS: the subject informs the object, or sends it information
 * @CCBNET_RELATION_KIND_DISCUSSES: the object is discussed at the subject
 * @CCBNET_RELATION_KIND_RELATED_TO: the subject is related to the object
 * @CCBNET_RELATION_KIND_COUNTERPART_OF: the subject is the object's counterpart
 * @CCBNET_RELATION_KIND_SUPERVISES: the subject supervises the object
 * @CCBNET_RELATION_KIND_AFFILIATED_WITH: the subject, a group, is drawn from the object
 * @CCBNET_RELATION_KIND_LOCATED_IN: the subject is located in the object
 *
 * The kind of a relation, read as "subject *kind* object". The nicks (`part-of`,
 * `represents-in`, …) are the values of `kind` in the dataset format.
 *
 * Since: 1.0
 */
typedef enum {
  CCBNET_RELATION_KIND_ANY,
  CCBNET_RELATION_KIND_PART_OF,
  CCBNET_RELATION_KIND_UNIT_OF,
  CCBNET_RELATION_KIND_POST_IN,
  CCBNET_RELATION_KIND_PARTICIPATES_IN,
  CCBNET_RELATION_KIND_MEMBER_OF,
  CCBNET_RELATION_KIND_REPRESENTS_IN,
  CCBNET_RELATION_KIND_POINT_OF_CONTACT_FOR,
  CCBNET_RELATION_KIND_DESIGNATED_AS,
  CCBNET_RELATION_KIND_ESTABLISHED_UNDER,
  CCBNET_RELATION_KIND_APPLIES_TO_JURISDICTION,
  CCBNET_RELATION_KIND_COORDINATES,
  CCBNET_RELATION_KIND_DEVELOPS_POSITIONS_FOR,
  CCBNET_RELATION_KIND_DEVELOPS,
  CCBNET_RELATION_KIND_ORGANISES,
  CCBNET_RELATION_KIND_OPERATES,
  CCBNET_RELATION_KIND_PUBLISHES,
  CCBNET_RELATION_KIND_HOSTED_BY,
  CCBNET_RELATION_KIND_CONSULTS,
  CCBNET_RELATION_KIND_PROVIDES_EXPERTISE_TO,
  CCBNET_RELATION_KIND_PROVIDES_INPUT_TO,
  CCBNET_RELATION_KIND_INFORMS,
  CCBNET_RELATION_KIND_DISCUSSES,
  CCBNET_RELATION_KIND_RELATED_TO,
  CCBNET_RELATION_KIND_COUNTERPART_OF,
  CCBNET_RELATION_KIND_SUPERVISES,
  CCBNET_RELATION_KIND_AFFILIATED_WITH,
  CCBNET_RELATION_KIND_LOCATED_IN,
} CcbnetRelationKind;

/**
 * CcbnetCadence:
 * @CCBNET_CADENCE_UNSPECIFIED: no cadence is known; in a [class@Ccbnet.Query] it means "any
 *   cadence"
 * @CCBNET_CADENCE_MONTHLY: every month
 * @CCBNET_CADENCE_BIMONTHLY: every two months (not twice a month)
 * @CCBNET_CADENCE_QUARTERLY: every quarter
 * @CCBNET_CADENCE_AT_LEAST_QUARTERLY: at least once a quarter
 * @CCBNET_CADENCE_BIENNIAL: every two years
 * @CCBNET_CADENCE_PERIODIC: periodically, interval not stated
 * @CCBNET_CADENCE_REGULAR: regularly, interval not stated
 *
 * How often something meets or recurs. @CCBNET_CADENCE_AT_LEAST_QUARTERLY is kept apart from
 * @CCBNET_CADENCE_QUARTERLY, and @CCBNET_CADENCE_PERIODIC from @CCBNET_CADENCE_REGULAR, so that a
 * query returns exactly what the source says.
 *
 * Since: 1.0
 */
typedef enum {
  CCBNET_CADENCE_UNSPECIFIED,
  CCBNET_CADENCE_MONTHLY,
  CCBNET_CADENCE_BIMONTHLY,
  CCBNET_CADENCE_QUARTERLY,
  CCBNET_CADENCE_AT_LEAST_QUARTERLY,
  CCBNET_CADENCE_BIENNIAL,
  CCBNET_CADENCE_PERIODIC,
  CCBNET_CADENCE_REGULAR,
} CcbnetCadence;

/**
 * CcbnetCondition:
 * @CCBNET_CONDITION_NONE: the relation holds without condition; in a [class@Ccbnet.Query] it
 *   means "any condition"
 * @CCBNET_CONDITION_ON_REQUEST: only if requested
 * @CCBNET_CONDITION_WHERE_APPROPRIATE: where appropriate
 * @CCBNET_CONDITION_PENDING_ESTABLISHMENT: until another entity
 *   ([property@Ccbnet.Relation:condition-ref]) is formally established
 * @CCBNET_CONDITION_CAPABILITY: the subject can do it; the source does not say it does
 *
 * The condition a relation holds under.
 *
 * Since: 1.0
 */
typedef enum {
  CCBNET_CONDITION_NONE,
  CCBNET_CONDITION_ON_REQUEST,
  CCBNET_CONDITION_WHERE_APPROPRIATE,
  CCBNET_CONDITION_PENDING_ESTABLISHMENT,
  CCBNET_CONDITION_CAPABILITY,
} CcbnetCondition;

/**
 * CcbnetStatus:
 * @CCBNET_STATUS_UNSPECIFIED: nothing is said about the entity's status
 * @CCBNET_STATUS_PENDING_ESTABLISHMENT: the entity is not yet formally established
 *
 * The status of an entity.
 *
 * Since: 1.0
 */
typedef enum {
  CCBNET_STATUS_UNSPECIFIED,
  CCBNET_STATUS_PENDING_ESTABLISHMENT,
} CcbnetStatus;

/**
 * CcbnetSector:
 * @CCBNET_SECTOR_NONE: no sector
 * @CCBNET_SECTOR_PUBLIC: the public sector
 * @CCBNET_SECTOR_PRIVATE: the private sector
 * @CCBNET_SECTOR_ACADEMIC: the academic sector
 *
 * The sectors a group of actors comes from.
 *
 * Since: 1.0
 */
typedef enum /*< flags >*/ {
  CCBNET_SECTOR_NONE = 0,
  CCBNET_SECTOR_PUBLIC = 1 << 0,
  CCBNET_SECTOR_PRIVATE = 1 << 1,
  CCBNET_SECTOR_ACADEMIC = 1 << 2,
} CcbnetSector;

/**
 * CcbnetLevel:
 * @CCBNET_LEVEL_NONE: no level
 * @CCBNET_LEVEL_NATIONAL: national cases
 * @CCBNET_LEVEL_EUROPEAN: European cases
 * @CCBNET_LEVEL_INTERNATIONAL: international cases
 *
 * The geographic levels of the cases a relation concerns.
 *
 * Since: 1.0
 */
typedef enum /*< flags >*/ {
  CCBNET_LEVEL_NONE = 0,
  CCBNET_LEVEL_NATIONAL = 1 << 0,
  CCBNET_LEVEL_EUROPEAN = 1 << 1,
  CCBNET_LEVEL_INTERNATIONAL = 1 << 2,
} CcbnetLevel;

/**
 * CcbnetPathFlags:
 * @CCBNET_PATH_FLAGS_NONE: a relation links its subject and its object
 * @CCBNET_PATH_FLAGS_THROUGH_QUALIFIERS: a relation also links both to the entities it names as
 *   #CcbnetRelation:on-behalf-of, #CcbnetRelation:via and #CcbnetRelation:context, and those to
 *   one another: Belgium reaches NATO in one step through r078, `belgian-rep-nato
 *   represents-in nato` on behalf of Belgium
 *
 * How [method@Ccbnet.Registry.find_paths] and [method@Ccbnet.Registry.query_neighbourhood]
 * walk from entity to entity.
 *
 * Since: 1.2
 */
typedef enum /*< flags >*/ {
  CCBNET_PATH_FLAGS_NONE = 0,
  CCBNET_PATH_FLAGS_THROUGH_QUALIFIERS = 1 << 0,
} CcbnetPathFlags;

/**
 * CcbnetDocumentKind:
 * @CCBNET_DOCUMENT_KIND_PRIMARY: the document the dataset models
 * @CCBNET_DOCUMENT_KIND_EXTERNAL: a document consulted only for names or facts the primary
 *   document does not give
 *
 * The role of a source document in a dataset.
 *
 * Since: 1.0
 */
typedef enum {
  CCBNET_DOCUMENT_KIND_PRIMARY,
  CCBNET_DOCUMENT_KIND_EXTERNAL,
} CcbnetDocumentKind;

/**
 * CcbnetMergeRule:
 * @CCBNET_MERGE_RULE_FAIL: an id used on both sides by different records is an error, which
 *   names both places; nothing is merged
 * @CCBNET_MERGE_RULE_KEEP_FIRST: the record already in the builder stays; the other dataset's
 *   record with that id is left out, and its references name the one that stays
 * @CCBNET_MERGE_RULE_KEEP_LAST: the other dataset's record replaces the one in the builder
 * @CCBNET_MERGE_RULE_PREFIX: the other dataset's record is added under the id with a prefix, and
 *   the other dataset's references to it follow
 *
 * What [method@Ccbnet.DatasetBuilder.merge] does with an id both datasets use for different
 * records. Records that are the same on both sides (such as a source both cite) are never a
 * clash: the builder keeps one.
 *
 * Since: 1.2
 */
typedef enum {
  CCBNET_MERGE_RULE_FAIL,
  CCBNET_MERGE_RULE_KEEP_FIRST,
  CCBNET_MERGE_RULE_KEEP_LAST,
  CCBNET_MERGE_RULE_PREFIX,
} CcbnetMergeRule;

CCBNET_AVAILABLE_IN_ALL
gboolean ccbnet_relation_kind_is_a (CcbnetRelationKind kind,
                                    CcbnetRelationKind ancestor);
CCBNET_AVAILABLE_IN_ALL
CcbnetRelationKind ccbnet_relation_kind_get_parent (CcbnetRelationKind kind);
CCBNET_AVAILABLE_IN_ALL
int ccbnet_cadence_get_nominal_months (CcbnetCadence cadence);

CCBNET_AVAILABLE_IN_ALL
const char *ccbnet_entity_type_to_string   (CcbnetEntityType   entity_type);
CCBNET_AVAILABLE_IN_ALL
const char *ccbnet_scope_to_string         (CcbnetScope        scope);
CCBNET_AVAILABLE_IN_ALL
const char *ccbnet_relation_kind_to_string (CcbnetRelationKind kind);
CCBNET_AVAILABLE_IN_ALL
const char *ccbnet_cadence_to_string       (CcbnetCadence      cadence);
CCBNET_AVAILABLE_IN_ALL
const char *ccbnet_condition_to_string     (CcbnetCondition    condition);
CCBNET_AVAILABLE_IN_1_2
const char *ccbnet_status_to_string        (CcbnetStatus       status);
CCBNET_AVAILABLE_IN_1_2
const char *ccbnet_document_kind_to_string (CcbnetDocumentKind kind);
CCBNET_AVAILABLE_IN_1_2
char      **ccbnet_sector_to_strv          (CcbnetSector       sectors);
CCBNET_AVAILABLE_IN_1_2
char      **ccbnet_level_to_strv           (CcbnetLevel        levels);

CCBNET_AVAILABLE_IN_1_2
const char *ccbnet_relation_kind_get_label (CcbnetRelationKind kind);
CCBNET_AVAILABLE_IN_1_2
const char *ccbnet_entity_type_get_label   (CcbnetEntityType   entity_type);
CCBNET_AVAILABLE_IN_1_2
const char *ccbnet_scope_get_label         (CcbnetScope        scope);
CCBNET_AVAILABLE_IN_1_2
const char *ccbnet_cadence_get_label       (CcbnetCadence      cadence);
CCBNET_AVAILABLE_IN_1_2
const char *ccbnet_condition_get_label     (CcbnetCondition    condition);

G_END_DECLS
