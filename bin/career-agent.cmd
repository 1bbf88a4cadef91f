@echo off
rem Runs the built app (Windows). Build it first with: mvnw.cmd package -DskipTests
set "ROOT=%~dp0.."
if not exist "%ROOT%\target\career-agent.jar" (
  echo Career Agent is not built yet. Run: mvnw.cmd package -DskipTests 1>&2
  exit /b 1
)
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java") else (set "JAVA=java")
rem Quick commands (job parse, resume parse, schedule status) run in a warm background process after their first run.
set "SERVER=-Dcareeragent.commandServer=on"
if /i "%CAREER_AGENT_CLI_SERVER%"=="off" set "SERVER="
"%JAVA%" %SERVER% %CAREER_AGENT_JAVA_OPTS% -jar "%ROOT%\target\career-agent.jar" %*
