#!/bin/sh
# A NaN although the manifest does not allow non-finite values.
printf "time [s],y [1]\n0,1\n0.5,NaN\n1,1\n" > "$2/output.csv"
