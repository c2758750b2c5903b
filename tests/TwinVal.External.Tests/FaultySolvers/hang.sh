#!/bin/sh
# Hangs with a child process: both must be killed at the time limit. Records both pids in $PID_FILE.
sleep 300 &
echo $! >> "$PID_FILE"
echo $$ >> "$PID_FILE"
sleep 300
