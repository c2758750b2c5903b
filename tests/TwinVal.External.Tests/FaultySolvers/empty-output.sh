#!/bin/sh
# Writes an empty output.csv.
: > "$2/output.csv"
