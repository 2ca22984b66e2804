; Inno Setup script for Candor: a per-machine installer of the PyInstaller folder dist\Candor.
;   iscc /DAppVersion=0.1.0 packaging\windows\candor.iss   -> dist\candor-0.1.0-setup.exe
; Silent install for Intune or Configuration Manager: candor-0.1.0-setup.exe /VERYSILENT /NORESTART
; Built and run only on a hosted Windows runner (.github/workflows/installers.yml).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6F1E1F0A-2C1B-4B7E-9E55-CA2D0E7A1C31}
AppName=Candor
AppVersion={#AppVersion}
AppPublisher=Candor
DefaultDirName={autopf}\Candor
DefaultGroupName=Candor
DisableProgramGroupPage=yes
; Per machine: installs into Program Files for every user, so it needs administrator rights.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=candor-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\candor.ico
UninstallDisplayIcon={app}\candor-gui.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Files]
Source: "..\..\dist\Candor\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The example with every field, beside the managed location; IT deploys policy.toml itself (Intune, GPO).
Source: "..\..\resources\policy\example.toml"; DestDir: "{commonappdata}\Candor"; DestName: "policy.example.toml"; Flags: ignoreversion

[Dirs]
; %ProgramData%\Candor holds the managed policy.toml (desktop\core\policy_sources.py). It stays on
; uninstall: it is the organization's configuration, not the program's.
Name: "{commonappdata}\Candor"; Flags: uninsneveruninstall

[Icons]
Name: "{autoprograms}\Candor"; Filename: "{app}\candor-gui.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\Candor"; Filename: "{app}\candor-gui.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Run]
; ProgramData's inherited ACL lets every user create and change files in new subfolders: replace it
; so only SYSTEM and Administrators may change the managed policy; Users may read it.
Filename: "{sys}\icacls.exe"; Parameters: """{commonappdata}\Candor"" /inheritance:r /grant:r *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX"; Flags: runhidden waituntilterminated
Filename: "{app}\candor-gui.exe"; Description: "{cm:LaunchProgram,Candor}"; Flags: nowait postinstall skipifsilent
