"""Loaded by the Python of a server that benchmarks/profile_turn.py starts (it puts this folder
on PYTHONPATH): each Streamlit script run is profiled with cProfile on the run's own CPU time,
and the statistics and the runs' CPU times are written to LANGBOT_PROFILE_OUT after every run.
"""

import cProfile
import json
import os
import threading
import time

OUT = os.environ.get("LANGBOT_PROFILE_OUT")

if OUT:
    from streamlit.runtime.scriptrunner import script_runner

    _profile = cProfile.Profile(time.thread_time)
    _lock = threading.Lock()  # one run profiled at a time: the driver is one learner
    _runs: list[float] = []
    _run_script = script_runner.ScriptRunner._run_script

    def _profiled(self, rerun_data):
        with _lock:
            start = time.thread_time()
            _profile.enable()
            try:
                return _run_script(self, rerun_data)
            finally:
                _profile.disable()
                _runs.append(time.thread_time() - start)
                _profile.dump_stats(OUT)
                with open(OUT + ".json", "w") as f:
                    json.dump(_runs, f)

    script_runner.ScriptRunner._run_script = _profiled
