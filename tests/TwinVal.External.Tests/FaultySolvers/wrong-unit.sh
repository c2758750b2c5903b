#!/bin/sh
# Reports y in mmHg, a pressure, where a pure number was asked for.
printf "time [s],y [mmHg]\n0,1\n0.5,1\n1,1\n" > "$2/output.csv"
