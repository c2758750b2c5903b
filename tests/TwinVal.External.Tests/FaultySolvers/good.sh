#!/bin/sh
# Well-behaved: the exact answer to the test case (y [1] = 1 at 0, 0.5 and 1 s).
printf "time [s],y [1]\n0,1\n0.5,1\n1,1\n" > "$2/output.csv"
