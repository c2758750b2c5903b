#!/bin/sh
# Reports y in a unit that does not exist.
printf "time [s],y [furlongs]\n0,1\n0.5,1\n1,1\n" > "$2/output.csv"
