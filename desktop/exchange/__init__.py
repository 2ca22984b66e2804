"""The summary file as it travels: age encryption to the compliance team's key, the armored
clipboard form, safe writing into an export folder, and the compliance team's key pair.

Qt-free; imports only ``desktop.core``.
"""
