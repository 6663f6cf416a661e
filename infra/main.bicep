// IndustryTracker in Azure, for `azd up`: a resource group holding the function app (Flex Consumption), its identity,
// storage, monitoring and role assignments. Local modules only (infra/app), so the template builds offline.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; names the resource group and seeds the resource names.')
param environmentName string

@minLength(1)
@description('Azure region for every resource; it must offer the Flex Consumption plan.')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@minLength(1)
@description('User-Agent SEC asks every client to send: "Organisation Name contact@example.org".')
param secUserAgent string

@description('NCRONTAB schedule of SEC collection (collect-sec).')
param collectSecSchedule string = '0 15 */6 * * *'

@description('NCRONTAB schedule of WARN collection (collect-warn).')
param collectWarnSchedule string = '0 30 5 * * *'

@description('NCRONTAB schedule of newsroom collection (collect-newsroom).')
param collectNewsroomSchedule string = '0 5 * * * *'

@description('NCRONTAB schedule of the CSV exports (export).')
param exportSchedule string = '0 45 6 * * *'

// SEC's limit is 10 requests/s per user, across machines. All SEC fetching happens in collect-sec, a timer function,
// and timers run as a singleton (one execution app-wide, under a blob lease), throttled in-process to
// Sec__MaxRequestsPerSecond (10 at most). So SEC traffic is 1 x 10 requests/s whatever this number is; it only bounds
// the queue workers' fan-out and the bill. The default leaves each of the app's 7 scale groups (HTTP, 2 queues,
// 4 timers) an instance plus a little room for normalize bursts. docs/deploy.md has the reasoning.
@description('Upper bound on function app instances (SEC traffic stays within its rate at any value: see docs/deploy.md).')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 10

@description('Principal ID of the deploying user (azd fills it): gets read access to the exports and may mint links to them.')
param principalId string = ''

@description('Overrides the resource group name (default rg-<environmentName>).')
param resourceGroupName string = ''

// The one list of container, queue and table names: keys are the app's setting names (StorageOptions), values the
// names (StorageNames). A test compares this file to both, and the compiled template to this file.
var names = loadJsonContent('storage-names.json')

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var functionAppName = 'func-api-${resourceToken}'
var deploymentContainerName = 'app-package-${resourceToken}'

var containerNames = concat(map(items(names.containers), c => c.value), [deploymentContainerName])
// A queue trigger poisons a message into '<queue>-poison'; union() drops one that the app already names itself.
var queueNames = union(map(items(names.queues), q => q.value), map(names.triggerQueues, key => '${names.queues[key]}-poison'))
var tableNames = map(items(names.tables), t => t.value)

var appSettings = union(names.containers, names.queues, names.tables, {
  CollectSecSchedule: collectSecSchedule
  CollectWarnSchedule: collectWarnSchedule
  CollectNewsroomSchedule: collectNewsroomSchedule
  ExportSchedule: exportSchedule
  Sec__UserAgent: secUserAgent
})

resource rg 'Microsoft.Resources/resourceGroups@2024-11-01' = {
  name: !empty(resourceGroupName) ? resourceGroupName : 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: 'id-api-${resourceToken}'
    location: location
    tags: tags
  }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    workspaceName: 'log-${resourceToken}'
    applicationInsightsName: 'appi-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'app/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: 'st${resourceToken}'
    location: location
    tags: tags
    containerNames: containerNames
    queueNames: queueNames
    tableNames: tableNames
  }
}

module rbac 'app/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  params: {
    storageAccountName: storage.outputs.name
    exportsContainerName: names.containers.ExportsContainer
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    identityPrincipalId: identity.outputs.principalId
    userPrincipalId: principalId
  }
}

module function 'app/function.bicep' = {
  name: 'function'
  scope: rg
  params: {
    name: functionAppName
    planName: 'plan-${resourceToken}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    storageEndpoints: {
      blob: storage.outputs.blobEndpoint
      queue: storage.outputs.queueEndpoint
      table: storage.outputs.tableEndpoint
    }
    deploymentContainerName: deploymentContainerName
    maximumInstanceCount: maximumInstanceCount
    appSettings: appSettings
  }
  // The host takes its storage locks and reads its package with the identity: grant the roles before it starts.
  dependsOn: [
    rbac
  ]
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = function.outputs.name
output SERVICE_API_NAME string = function.outputs.name
output API_BASE_URL string = 'https://${function.outputs.defaultHostName}/api'
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output EXPORTS_CONTAINER_URL string = '${storage.outputs.blobEndpoint}${names.containers.ExportsContainer}'
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
output LOG_ANALYTICS_WORKSPACE_NAME string = monitoring.outputs.workspaceName
