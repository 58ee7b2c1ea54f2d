#!/bin/bash
# test-completion.sh: the bash completion of ccbnet (tools/completion/ccbnet)
#
# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# test-completion.sh CCBNET COMPLETION-SCRIPT SOURCE-ROOT
#
# Sources the script in this bash, sets COMP_WORDS and COMP_CWORD as bash does for a command
# line, calls the completion function and checks what it offers. Prints TAP.
set -u

ccbnet=$1
script=$2
minimal=$3/tests/data/minimal.json

bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
ln -s "$(cd "$(dirname "$ccbnet")" && pwd)/$(basename "$ccbnet")" "$bin/ccbnet"
PATH=$bin:$PATH
export CCBNET_DATASET= NO_COLOR=1
touch "$bin/data-one.json" "$bin/data-two.ccbnetdb"

# shellcheck source=/dev/null
. "$script"
complete -p ccbnet >/dev/null || { echo "Bail out! the script registers no completion"; exit 1; }

n=0
failed=0

# offer LINE: the words bash would complete for LINE (the cursor at its end; a trailing space
# starts a new, empty word).
offer() {
  read -r -a COMP_WORDS <<<"$1"
  [[ $1 == *" " ]] && COMP_WORDS+=("")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _ccbnet
  printf '%s\n' "${COMPREPLY[@]}"
}

# expect LINE WORD… : every WORD is offered for LINE; "!WORD": WORD is not.
expect() {
  local line=$1 got missing=""
  shift
  got=$(offer "$line")
  for word in "$@"; do
    if [[ $word == !* ]]; then
      grep -qxF -- "${word#!}" <<<"$got" && missing="$missing $word"
    else
      grep -qxF -- "$word" <<<"$got" || missing="$missing $word"
    fi
  done
  n=$((n + 1))
  if [[ -z $missing ]]; then
    echo "ok $n - '$line' offers $*"
  else
    failed=1
    echo "not ok $n - '$line' offers $*"
    echo "# wrong:$missing"
    echo "# offered: $(tr '\n' ' ' <<<"$got")"
  fi
}

expect "ccbnet " show list query path neighbours why validate compile export merge diff help
expect "ccbnet ne" neighbours '!show'
expect "ccbnet query --k" --kind=
expect "ccbnet query --kind " represents-in member-of part-of participates-in
expect "ccbnet query --kind=rep" --kind=represents-in
expect "ccbnet query --subject " ccb cert-be enisa belgium
expect "ccbnet query --subject ce" cert-be '!ccb'
expect "ccbnet show CC" '!CCB' '!ccb'
expect "ccbnet show c" ccb cert-be
expect "ccbnet path ccb " first enisa
expect "ccbnet why r05" r050 r053 '!ccb'
expect "ccbnet list " relations classifications sections
expect "ccbnet list --classification " eu-agency platform
expect "ccbnet list --section " section-national-1
expect "ccbnet export --format " graphml gexf turtle ntriples csv json-ld
expect "ccbnet export -f g" graphml gexf '!json'
expect "ccbnet show ccb --color=" --color=auto --color=always --color=never
expect "ccbnet --lang " nl fr de en
expect "ccbnet path ccb first --" --all --through-qualifiers --max-hops= --kind= '!--format='
expect "ccbnet validate $bin/data-" "$bin/data-one.json" "$bin/data-two.ccbnetdb"
expect "ccbnet --data $bin/data-" "$bin/data-one.json"
# Entities come from the --data file of the line when there is one.
expect "ccbnet --data $minimal show " agency board '!ccb'

echo "1..$n"
exit $failed
