{{/* The chart's name, overridable. */}}
{{- define "gradus.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
The release's base name: the release name alone when it already contains the chart's name, so that
`helm install gradus ./gradus` makes gradus-worker, not gradus-gradus-worker. 63 characters is the
DNS label limit, less room for the "-worker" suffix.
*/}}
{{- define "gradus.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 55 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 55 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 55 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "gradus.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Labels of every object; call with (dict "root" $ "component" "worker"). */}}
{{- define "gradus.labels" -}}
helm.sh/chart: {{ include "gradus.chart" .root }}
{{ include "gradus.selectorLabels" . }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
app.kubernetes.io/part-of: gradus
{{- end }}

{{- define "gradus.selectorLabels" -}}
app.kubernetes.io/name: {{ include "gradus.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- if .component }}
app.kubernetes.io/component: {{ .component }}
{{- end }}
{{- end }}

{{- define "gradus.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "gradus.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* repository:tag of a component's image; the tag defaults to the chart's appVersion. */}}
{{- define "gradus.image" -}}
{{- printf "%s:%s" .image.repository (.image.tag | default .root.Chart.AppVersion | toString) }}
{{- end }}

{{/* True when more than one worker pod may run at once. */}}
{{- define "gradus.manyWorkers" -}}
{{- if or .Values.worker.autoscaling.enabled (gt (int .Values.worker.replicas) 1) }}true{{ end }}
{{- end }}

{{/*
Refuses values that would deploy something broken. Included by every workload template, so `helm
template` and `helm install` stop before anything is applied.
*/}}
{{- define "gradus.validate" -}}
{{- if and (include "gradus.manyWorkers" .) (not .Values.postgresql.jdbcUrl) (not .Values.postgresql.allowPerPodH2) }}
{{- fail "postgresql.jdbcUrl is required when worker.replicas > 1 or worker.autoscaling.enabled: workers share rate limits, cached answers and results only through PostgreSQL, and without it each pod keeps its own H2 file. Set postgresql.jdbcUrl, or postgresql.allowPerPodH2=true to accept separate stores." }}
{{- end }}
{{- if and .Values.worker.autoscaling.enabled (not (dig "requests" "cpu" "" .Values.worker.resources)) }}
{{- fail "worker.resources.requests.cpu is required when worker.autoscaling.enabled: the autoscaler measures CPU utilization against the request." }}
{{- end }}
{{- $tls := .Values.temporal.tls }}
{{- if and $tls.existingSecret (ne (empty $tls.certKey) (empty $tls.keyKey)) }}
{{- fail "temporal.tls.certKey and temporal.tls.keyKey go together (a client certificate and its key): set both, or neither for a CA alone." }}
{{- end }}
{{- end }}

{{/*
One env entry read from an existing Secret, or nothing when no Secret is named; call with (list
"ENV_NAME" .Values.some.ref). Values are never literal: the schema only accepts {secretName,
secretKey} here.
*/}}
{{- define "gradus.secretEnv" -}}
{{- $name := index . 0 }}
{{- $ref := index . 1 }}
{{- if $ref.secretName }}
- name: {{ $name }}
  valueFrom:
    secretKeyRef:
      name: {{ $ref.secretName | quote }}
      key: {{ $ref.secretKey | quote }}
{{- end }}
{{- end }}

{{/* Where the mTLS files of temporal.tls.existingSecret are mounted. */}}
{{- define "gradus.tlsDir" -}}/etc/gradus/temporal-tls{{- end }}

{{/* The cache directory (GRADUS_CACHE_DIR), an emptyDir: the local H2 file when PostgreSQL is not set. */}}
{{- define "gradus.cacheDir" -}}/var/cache/gradus{{- end }}

{{/* Env shared by the worker and the API: Temporal, task queue, database, payload keys. */}}
{{- define "gradus.commonEnv" -}}
{{- $t := .Values.temporal -}}
- name: TEMPORAL_ADDRESS
  value: {{ $t.address | quote }}
- name: TEMPORAL_NAMESPACE
  value: {{ $t.namespace | quote }}
{{- if $t.tls.enabled }}
- name: TEMPORAL_TLS
  value: "true"
{{- end }}
{{- if $t.tls.serverName }}
- name: TEMPORAL_TLS_SERVER_NAME
  value: {{ $t.tls.serverName | quote }}
{{- end }}
{{- if $t.tls.existingSecret }}
{{- if $t.tls.certKey }}
- name: TEMPORAL_TLS_CERT
  value: {{ printf "%s/tls.crt" (include "gradus.tlsDir" .) | quote }}
- name: TEMPORAL_TLS_KEY
  value: {{ printf "%s/tls.key" (include "gradus.tlsDir" .) | quote }}
{{- end }}
{{- if $t.tls.caKey }}
- name: TEMPORAL_TLS_CA
  value: {{ printf "%s/ca.crt" (include "gradus.tlsDir" .) | quote }}
{{- end }}
{{- end }}
{{- include "gradus.secretEnv" (list "TEMPORAL_API_KEY" $t.apiKey) }}
- name: GRADUS_TASK_QUEUE
  value: {{ .Values.taskQueue | quote }}
- name: GRADUS_CACHE_DIR
  value: {{ include "gradus.cacheDir" . | quote }}
{{- with .Values.postgresql }}
{{- if .jdbcUrl }}
- name: QUARKUS_DATASOURCE_JDBC_URL
  value: {{ .jdbcUrl | quote }}
- name: QUARKUS_DATASOURCE_USERNAME
  value: {{ .username | quote }}
{{- include "gradus.secretEnv" (list "QUARKUS_DATASOURCE_PASSWORD" .password) }}
{{- end }}
{{- end }}
{{- include "gradus.secretEnv" (list "GRADUS_PAYLOAD_KEYS" .Values.payloadEncryption.keys) }}
{{- if .Values.payloadEncryption.keyId }}
- name: GRADUS_PAYLOAD_KEY_ID
  value: {{ .Values.payloadEncryption.keyId | quote }}
{{- end }}
{{- end }}

{{/* The pod's security context: never root, Kubernetes' default seccomp profile. */}}
{{- define "gradus.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: 10001
runAsGroup: 10001
fsGroup: 10001
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{/* The container's security context: read-only root, no privilege escalation, no capabilities. */}}
{{- define "gradus.containerSecurityContext" -}}
runAsNonRoot: true
runAsUser: 10001
runAsGroup: 10001
readOnlyRootFilesystem: true
allowPrivilegeEscalation: false
capabilities:
  drop:
    - ALL
{{- end }}

{{/* The writable places of a read-only root: /tmp (the JVM, Vert.x) and the cache directory. */}}
{{- define "gradus.volumeMounts" -}}
- name: tmp
  mountPath: /tmp
- name: cache
  mountPath: {{ include "gradus.cacheDir" . }}
{{- if .Values.temporal.tls.existingSecret }}
- name: temporal-tls
  mountPath: {{ include "gradus.tlsDir" . }}
  readOnly: true
{{- end }}
{{- end }}

{{- define "gradus.volumes" -}}
- name: tmp
  emptyDir: {}
- name: cache
  emptyDir: {}
{{- with .Values.temporal.tls }}
{{- if .existingSecret }}
- name: temporal-tls
  secret:
    secretName: {{ .existingSecret | quote }}
    defaultMode: 0440
    items:
      {{- if .certKey }}
      - key: {{ .certKey | quote }}
        path: tls.crt
      - key: {{ .keyKey | quote }}
        path: tls.key
      {{- end }}
      {{- if .caKey }}
      - key: {{ .caKey | quote }}
        path: ca.crt
      {{- end }}
{{- end }}
{{- end }}
{{- end }}

{{/* Prometheus' scrape annotations for a pod serving /q/metrics on the given port. */}}
{{- define "gradus.scrapeAnnotations" -}}
{{- if .root.Values.metrics.scrapeAnnotations }}
prometheus.io/scrape: "true"
prometheus.io/port: {{ .port | quote }}
prometheus.io/path: /q/metrics
{{- end }}
{{- end }}

{{/* Scheduling and identity shared by both pods. */}}
{{- define "gradus.podScheduling" -}}
serviceAccountName: {{ include "gradus.serviceAccountName" . }}
# Gradus never calls the Kubernetes API, so its pods carry no token for it.
automountServiceAccountToken: false
{{- with .Values.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end }}

{{/* Liveness, readiness and startup probes on the Quarkus health endpoints of a named port. */}}
{{- define "gradus.probes" -}}
startupProbe:
  httpGet:
    path: /q/health/live
    port: http
  periodSeconds: 5
  # Up to 3 minutes to start: the JVM, and for the worker its wait for Temporal (connectTimeout).
  failureThreshold: 36
livenessProbe:
  httpGet:
    path: /q/health/live
    port: http
  periodSeconds: 10
  timeoutSeconds: 5
  failureThreshold: 3
readinessProbe:
  httpGet:
    path: /q/health/ready
    port: http
  periodSeconds: 5
  timeoutSeconds: 5
  failureThreshold: 3
{{- end }}

{{/* The worker's env: the common entries, its own settings, the providers', then extraEnv. */}}
{{- define "gradus.workerEnv" -}}
{{- $w := .Values.worker }}
{{- include "gradus.commonEnv" . }}
- name: GRADUS_WORKER_PORT
  value: "8081"
- name: GRADUS_TEMPORAL_CONNECT_TIMEOUT
  value: {{ $w.connectTimeout | quote }}
- name: GRADUS_DRAIN_TIMEOUT
  value: {{ $w.drainTimeout | quote }}
- name: GRADUS_MAX_CONCURRENT_ACTIVITIES
  value: {{ $w.maxConcurrentActivities | quote }}
{{- if ne (toString $w.httpMaxConnections) "" }}
- name: GRADUS_HTTP_MAX_CONNECTIONS
  value: {{ $w.httpMaxConnections | quote }}
{{- end }}
{{- with .Values.providers }}
{{- if .rateLimits }}
- name: GRADUS_RATE_LIMITS
  value: {{ .rateLimits | quote }}
{{- end }}
{{- if .prices }}
- name: GRADUS_PRICES
  value: {{ .prices | quote }}
{{- end }}
{{- if .openai.baseUrl }}
- name: OPENAI_BASE_URL
  value: {{ .openai.baseUrl | quote }}
{{- end }}
{{- include "gradus.secretEnv" (list "OPENAI_API_KEY" .openai.apiKey) }}
{{- if .anthropic.baseUrl }}
- name: ANTHROPIC_BASE_URL
  value: {{ .anthropic.baseUrl | quote }}
{{- end }}
{{- include "gradus.secretEnv" (list "ANTHROPIC_API_KEY" .anthropic.apiKey) }}
{{- end }}
{{- with (concat .Values.extraEnv $w.extraEnv) }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/* The API's env: the common entries, its own settings, then extraEnv. */}}
{{- define "gradus.apiEnv" -}}
{{- $a := .Values.api }}
{{- include "gradus.commonEnv" . }}
{{- include "gradus.secretEnv" (list "GRADUS_API_TOKEN" $a.token) }}
- name: GRADUS_API_MAX_BODY_SIZE
  value: {{ $a.maxBodySize | quote }}
{{- if $a.corsOrigins }}
- name: GRADUS_CORS_ORIGINS
  value: {{ $a.corsOrigins | quote }}
{{- end }}
{{- with (concat .Values.extraEnv $a.extraEnv) }}
{{ toYaml . }}
{{- end }}
{{- end }}
